namespace AlumniCrm.DataImport.Model;

/// <summary>FS <c>terminkode</c>.</summary>
public enum TermSeason
{
    /// <summary>VÅR.</summary>
    Spring,

    /// <summary>HØST.</summary>
    Autumn,
}
