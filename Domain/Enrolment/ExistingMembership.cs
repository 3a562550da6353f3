using System;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>An <c>alm_networkmembership</c> row the glue fetched for the persons being planned.</summary>
public sealed record ExistingMembership
{
    public Guid PersonId { get; init; }
    public Guid NetworkId { get; init; }
    public MembershipStatus Status { get; init; }
    public MembershipSource Source { get; init; }
    public DateTime? JoinedOn { get; init; }
    public DateTime? LeftOn { get; init; }
    public LeaveReason? LeaveReason { get; init; }
}
