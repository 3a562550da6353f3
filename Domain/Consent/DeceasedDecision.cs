using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>What marking a person deceased requires the glue to write.</summary>
public sealed record DeceasedDecision
{
    /// <summary>Problems with the marking itself; when any, the glue writes nothing and shows them.</summary>
    public IReadOnlyList<string> Errors { get; init; } = Array.Empty<string>();

    public bool IsValid => Errors.Count == 0;

    /// <summary>The do-not flags to write (all set; only those not already set are listed).</summary>
    public ContactFlagsDecision Flags { get; init; } = new ContactFlagsDecision();

    /// <summary>Active and suspended memberships to end with reason Deceased.</summary>
    public IReadOnlyList<MembershipEnding> MembershipsToEnd { get; init; } = Array.Empty<MembershipEnding>();
}
