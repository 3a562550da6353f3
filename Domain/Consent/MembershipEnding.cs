using System;
using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.Domain.Consent;

/// <summary>A membership to end: status Left, with this reason and date (<c>alm_leavereason</c>, <c>alm_lefton</c>).</summary>
public sealed record MembershipEnding(Guid MembershipId, Guid NetworkId, LeaveReason Reason, DateTime LeftOn);
