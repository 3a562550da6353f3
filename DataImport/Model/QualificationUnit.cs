using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.DataImport.Model;

/// <summary>alm_qualification, keyed by alm_sourcekey <c>FS:&lt;studentnr&gt;:&lt;studieprogramkode&gt;</c> so re-import is idempotent.</summary>
public sealed record QualificationUnit(
    string SourceKey,
    string ProgrammeCode,
    DegreeLevel? DegreeLevel,
    DateOnly? AwardedOn,
    decimal? Credits,
    string? FsStatus,
    bool IsCompleted,
    string? Term)
{
    public const string SourceKeyPrefix = "FS";

    public static string SourceKeyOf(string studentNumber, string programmeCode) => $"{SourceKeyPrefix}:{studentNumber}:{programmeCode}";
}
