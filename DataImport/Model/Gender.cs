namespace AlumniCrm.DataImport.Model;

/// <summary>FS <c>kjonn</c>: M (mann) or K (kvinne).</summary>
public enum Gender
{
    Male,
    Female,
}
