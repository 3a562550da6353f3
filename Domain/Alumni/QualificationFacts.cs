using System;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// One graduation record (table <c>alm_qualification</c>) with its programme's organisation, as the
/// glue read it. Credits the glue could not read are 0.
/// </summary>
public sealed record QualificationFacts
{
    /// <summary>The FS completion status that means the programme was completed.</summary>
    public const string FsStatusCompleted = "FULLFØRT";

    /// <summary>
    /// FS <c>studentstatkode</c> values under which the study right is still in force: the person is a
    /// current student of the programme (on leave counts). Any other status (AVBRUTT, SLUTTET, …) is not.
    /// </summary>
    public static readonly string[] FsStatusesInForce = { "AKTIV", "PERMISJON" };

    public Guid Id { get; init; }
    public Guid? ProgrammeId { get; init; }
    /// <summary>FS <c>studieprogramkode</c>, e.g. <c>ÅRSV-GOV</c>; named in every reason.</summary>
    public string? ProgrammeCode { get; init; }
    public Guid? FacultyId { get; init; }
    public Guid? InstituteId { get; init; }
    public DegreeLevel? Level { get; init; }
    public DateTime? AwardedOn { get; init; }
    public decimal Credits { get; init; }
    /// <summary>FS status text as received, e.g. <c>FULLFØRT</c>.</summary>
    public string? FsStatus { get; init; }
    /// <summary>The <c>alm_iscompleted</c> flag (staff may set it for records not from FS).</summary>
    public bool IsCompletedFlag { get; init; }

    /// <summary>Completed when the flag says so or FS says FULLFØRT; either source is trusted.</summary>
    public bool IsCompleted =>
        IsCompletedFlag ||
        string.Equals((FsStatus ?? "").Trim(), FsStatusCompleted, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The row records a study right in force rather than a result: FS exports the same
    /// programme row for current students, with an active status and no completion.
    /// </summary>
    public bool IsStudyRightInForce =>
        !IsCompleted && Array.Exists(FsStatusesInForce, s => string.Equals((FsStatus ?? "").Trim(), s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The row as a study right, for <see cref="PersonFacts.StudyRights"/>.</summary>
    public StudyRightFacts ToStudyRight() => new()
    {
        ProgrammeId = ProgrammeId,
        ProgrammeCode = ProgrammeCode,
        FacultyId = FacultyId,
        InstituteId = InstituteId,
        Level = Level,
        IsActive = IsStudyRightInForce,
        IsCompleted = IsCompleted,
    };

    /// <summary>How the qualification is named in reasons: the programme code, else its id.</summary>
    public string Label => string.IsNullOrWhiteSpace(ProgrammeCode)
        ? "qualification " + Id.ToString("D")
        : ProgrammeCode!.Trim();
}
