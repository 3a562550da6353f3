namespace AlumniCrm.DataImport.Sample;

/// <summary>A study programme as it appears in an FS export.</summary>
public sealed record SampleProgramme(
    string Code,
    string Name,
    string StudyLevelCode,
    decimal Credits,
    string FacultyCode,
    string FacultyName,
    string InstituteCode,
    string InstituteName);
