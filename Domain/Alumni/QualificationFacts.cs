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

    /// <summary>How the qualification is named in reasons: the programme code, else its id.</summary>
    public string Label => string.IsNullOrWhiteSpace(ProgrammeCode)
        ? "qualification " + Id.ToString("D")
        : ProgrammeCode!.Trim();
}
