namespace AlumniCrm.DataImport.Model;

/// <summary>alm_faculty, keyed by alm_code (FS faknr). The name is null when the export has none: never overwrite a name with nothing.</summary>
public sealed record FacultyUnit(string Code, string? Name);
