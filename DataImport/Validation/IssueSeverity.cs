namespace AlumniCrm.DataImport.Validation;

public enum IssueSeverity
{
    /// <summary>The row is imported; the user may want to look at it.</summary>
    Warning,

    /// <summary>The row is not imported.</summary>
    Error,
}
