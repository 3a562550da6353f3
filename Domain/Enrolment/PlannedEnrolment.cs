using System;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>A membership to create: Active, source Automatic, joined on the planning date.</summary>
public sealed record PlannedEnrolment
{
    public Guid PersonId { get; init; }
    public Guid NetworkId { get; init; }
    public string NetworkName { get; init; } = "";
    public MembershipStatus Status { get; } = MembershipStatus.Active;
    public MembershipSource Source { get; } = MembershipSource.Automatic;
    public DateTime JoinedOn { get; init; }
    public Guid? MatchedQualificationId { get; init; }
    /// <summary>Why the person qualifies, in words (the met criteria).</summary>
    public string Reason { get; init; } = "";
}
