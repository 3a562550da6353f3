using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.DataImport.Model;

/// <summary>alm_studyprogramme, keyed by alm_code (FS studieprogramkode).</summary>
/// <param name="DegreeLevel">From <see cref="FsStudyLevel"/>; null when the code does not tell (set by hand in CRM).</param>
public sealed record ProgrammeUnit(
    string Code,
    string? Name,
    string? StudyLevelCode,
    DegreeLevel? DegreeLevel,
    string? FacultyCode,
    string? InstituteCode);
