using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Answer to "may we contact this person for this purpose on this channel at this time?".
/// Maps to the outputs of the custom API <c>alm_CheckContactability</c>.
/// </summary>
public sealed record ContactabilityDecision
{
    public bool Allowed { get; init; }

    public ContactabilityOutcome Outcome { get; init; }

    /// <summary>The basis the contact rests on. Also set when <see cref="Outcome"/> is
    /// <see cref="ContactabilityOutcome.NoAddressForChannel"/> (the basis exists, the address does not).
    /// Empty when nothing allows the contact.</summary>
    public LawfulBasis? LawfulBasis { get; init; }

    /// <summary>Exclusive end of the basis; empty for a consent without end date or when not allowed.</summary>
    public DateTime? ValidUntil { get; init; }

    /// <summary>The ledger row that decided (grant or withdrawal), if one did.</summary>
    public Guid? DecidingRecordId { get; init; }

    /// <summary>Why, in words, for staff and the DPO.</summary>
    public string Reason { get; init; } = "";
}
