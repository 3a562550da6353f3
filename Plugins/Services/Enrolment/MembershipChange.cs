using System;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>What <see cref="MembershipService"/> did, in words for the workflow's output.</summary>
public sealed record MembershipChange(Guid? MembershipId, bool Changed, string Summary);
