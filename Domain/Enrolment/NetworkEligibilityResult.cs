using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Whether a person belongs in a network's audience, with every reason.</summary>
public sealed record NetworkEligibilityResult
{
    public Guid NetworkId { get; init; }
    public string NetworkName { get; init; } = "";
    public bool IsEligible { get; init; }
    public IReadOnlyList<EligibilityReason> Reasons { get; init; } = Array.Empty<EligibilityReason>();
    /// <summary>The qualification that matched the rule, if it matched through one.</summary>
    public Guid? MatchedQualificationId { get; init; }
    /// <summary>Programme code of the matching qualification or study right, if any.</summary>
    public string? MatchedProgrammeCode { get; init; }
    /// <summary>Matched through a current study right (the network includes current students).</summary>
    public bool MatchedAsCurrentStudent { get; init; }

    /// <summary>For the <c>Reasons</c> output of <c>alm_ExplainEligibility</c>: one line per reason.</summary>
    public string ReasonLines => string.Join("\n", Reasons.Select(r => r.ToString()));

    /// <summary>The failed criteria only, in one sentence list (for skip reasons).</summary>
    public string FailureSummary => string.Join(" ", Reasons.Where(r => !r.IsMet).Select(r => r.Text));
}
