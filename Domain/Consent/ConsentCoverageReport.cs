using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// How many of a set of persons may be contacted for a purpose on a channel — the communications
/// team's key figure (Aalto: 80,000 alumni, e-mail consent from 40,000).
/// </summary>
public sealed record ConsentCoverageReport
{
    public ConsentPurpose Purpose { get; init; }
    public ContactChannel Channel { get; init; }
    public DateTime AsOf { get; init; }

    public int Total { get; init; }

    /// <summary>May be contacted (any basis, and an address for the channel where known).</summary>
    public int Allowed { get; init; }

    /// <summary>Allowed on a granted ledger row ("consented").</summary>
    public int AllowedByLedger { get; init; }

    /// <summary>Allowed on legitimate interest, including the career-services entitlement.</summary>
    public int AllowedByLegitimateInterest { get; init; }

    /// <summary>Every person counted once, under the outcome that decided for them.</summary>
    public IReadOnlyDictionary<ContactabilityOutcome, int> ByOutcome { get; init; } = new Dictionary<ContactabilityOutcome, int>();

    /// <summary>Allowed as a share of the total, 0–1 (0 for an empty set).</summary>
    public double AllowedShare => Total == 0 ? 0 : (double)Allowed / Total;

    public int CountOf(ContactabilityOutcome outcome) => ByOutcome.TryGetValue(outcome, out var count) ? count : 0;
}
