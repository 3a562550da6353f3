using System;
using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.Domain.Consent;

/// <summary>A network membership row (<c>alm_networkmembership</c>) of the person, with its row id.</summary>
public sealed record PersonMembership
{
    public Guid MembershipId { get; init; }
    public Guid NetworkId { get; init; }
    public MembershipStatus Status { get; init; }
    public DateTime? JoinedOn { get; init; }
}
