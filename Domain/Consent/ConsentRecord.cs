using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// One row of the append-only consent ledger (table <c>alm_consent</c>), as facts in plain types.
/// <para>
/// Scope of a row: <see cref="Channel"/> empty means "every channel"; <see cref="Purpose"/> empty means
/// "every purpose". Only withdrawals may be that broad (a consent must be specific, a withdrawal need
/// not be), so "stop contacting me altogether" is one withdrawal row with both empty.
/// </para>
/// </summary>
public sealed record ConsentRecord
{
    /// <summary>Row id (<c>alm_consentid</c>); empty for a row not yet created.</summary>
    public Guid Id { get; init; }

    /// <summary>The person (<c>alm_contactid</c>).</summary>
    public Guid PersonId { get; init; }

    /// <summary>Empty on a withdrawal = every purpose.</summary>
    public ConsentPurpose? Purpose { get; init; }

    /// <summary>Empty on a withdrawal = every channel.</summary>
    public ContactChannel? Channel { get; init; }

    public ConsentStatus Status { get; init; }

    /// <summary>Required on grants; optional on withdrawals (a withdrawal ends whatever basis applied).</summary>
    public LawfulBasis? LawfulBasis { get; init; }

    /// <summary>When the row takes effect; empty means from <see cref="RecordedOn"/>.</summary>
    public DateTime? ValidFrom { get; init; }

    /// <summary>Exclusive end of a grant; empty means no end date. Withdrawals have none.</summary>
    public DateTime? ValidUntil { get; init; }

    public ConsentSource? Source { get; init; }

    /// <summary>The statement the person agreed to, or how the consent was given.</summary>
    public string? Evidence { get; init; }

    /// <summary>Version of the published consent statement (e.g. "newsletter-2024-1").</summary>
    public string? StatementVersion { get; init; }

    /// <summary>The system user who recorded the row (<c>alm_recordedbyid</c>).</summary>
    public Guid? RecordedById { get; init; }

    public DateTime RecordedOn { get; init; }

    /// <summary>When the row takes effect: valid-from, or the recording time when there is none.</summary>
    public DateTime EffectiveFrom => ValidFrom ?? RecordedOn;

    /// <summary>Whether this row speaks about the given purpose and channel.</summary>
    public bool AppliesTo(ConsentPurpose purpose, ContactChannel channel) =>
        (Purpose == null || Purpose == purpose) && (Channel == null || Channel == channel);
}
