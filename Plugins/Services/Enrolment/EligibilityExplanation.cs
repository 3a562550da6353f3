using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>The outputs of <c>alm_ExplainEligibility</c>.</summary>
/// <param name="Reasons">The status reason, then per network whether the person is in its audience, every criterion met or not, and the membership (one per line).</param>
public sealed record EligibilityExplanation(AlumniStatus Status, string Reasons, IReadOnlyList<Guid> EligibleNetworkIds);
