using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// A network's audience rule (the <c>alm_rule*</c> columns of <c>alm_network</c> plus the N:N
/// <c>alm_network_studyprogramme</c>). The scopes add up: a person is in scope through a programme in
/// <see cref="ProgrammeIds"/>, or of <see cref="FacultyId"/>, or of <see cref="InstituteId"/>. No
/// scope at all means the whole institution.
/// </summary>
public sealed record NetworkRule
{
    public Guid NetworkId { get; init; }
    /// <summary>Named in reasons and summaries.</summary>
    public string Name { get; init; } = "";
    public NetworkStatus Status { get; init; } = NetworkStatus.Active;
    /// <summary><c>alm_autoenrol</c>: the planner only enrols into networks where this is on.</summary>
    public bool AutoEnrol { get; init; }
    public IReadOnlyCollection<Guid> ProgrammeIds { get; init; } = Array.Empty<Guid>();
    public Guid? FacultyId { get; init; }
    public Guid? InstituteId { get; init; }
    /// <summary>Empty means every level.</summary>
    public IReadOnlyCollection<DegreeLevel> Levels { get; init; } = Array.Empty<DegreeLevel>();
    /// <summary>Inclusive minimum; 0 means no minimum.</summary>
    public decimal MinimumCredits { get; init; }
    /// <summary>Null means no limit. Inclusive: awarded on or after the as-of date minus N years.</summary>
    public int? GraduatedWithinYears { get; init; }
    public bool IncludeCurrentStudents { get; init; }

    public bool HasScope => ProgrammeIds.Count > 0 || FacultyId.HasValue || InstituteId.HasValue;

    /// <summary>Active and automatic: the planner considers it.</summary>
    public bool IsAutomaticAndActive => AutoEnrol && Status == NetworkStatus.Active;
}
