using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// What the ledger says about one purpose and channel at one time. Rows apply when their purpose and
/// channel match (or are empty = every) and they have taken effect. They are ordered by effective time,
/// then recording time; on a tie the withdrawal counts as later (when in doubt, do not contact).
/// The latest withdrawal blocks until a grant that is later than it; grants before it no longer count.
/// </summary>
internal sealed class LedgerReading
{
    private LedgerReading(ConsentRecord? blockingWithdrawal, ConsentRecord? validGrant, ConsentRecord? expiredGrant)
    {
        BlockingWithdrawal = blockingWithdrawal;
        ValidGrant = validGrant;
        ExpiredGrant = expiredGrant;
    }

    /// <summary>A withdrawal with no later grant: nothing may contact the person for this purpose and channel.</summary>
    public ConsentRecord? BlockingWithdrawal { get; }

    /// <summary>The grant that allows the contact (the one that lasts longest), if any.</summary>
    public ConsentRecord? ValidGrant { get; }

    /// <summary>The most recently ended grant, reported when nothing else allows the contact.</summary>
    public ConsentRecord? ExpiredGrant { get; }

    public static LedgerReading Read(
        IEnumerable<ConsentRecord> ledger, Guid personId, ConsentPurpose purpose, ContactChannel channel, DateTime asOf)
    {
        var applicable = ledger
            .Where(r => r != null
                && (personId == Guid.Empty || r.PersonId == personId)
                && r.AppliesTo(purpose, channel)
                && r.EffectiveFrom <= asOf)
            .ToList();

        var latestWithdrawal = applicable
            .Where(r => r.Status == ConsentStatus.Withdrawn)
            .OrderBy(r => r, LedgerOrder.Instance)
            .LastOrDefault();

        // Legitimate interest is computed, never read from the ledger; a legacy row claiming it is ignored.
        var grantsInForce = applicable
            .Where(r => r.Status == ConsentStatus.Granted || r.Status == ConsentStatus.Expired)
            .Where(r => r.LawfulBasis != LawfulBasis.LegitimateInterest)
            .Where(r => latestWithdrawal == null || LedgerOrder.Instance.Compare(r, latestWithdrawal) > 0)
            .ToList();

        if (latestWithdrawal != null && grantsInForce.Count == 0)
            return new LedgerReading(latestWithdrawal, null, null);

        var validGrant = grantsInForce
            .Where(r => r.Status == ConsentStatus.Granted && (r.ValidUntil == null || asOf < r.ValidUntil.Value))
            .OrderBy(r => r.ValidUntil ?? DateTime.MaxValue)
            .ThenBy(r => r, LedgerOrder.Instance)
            .LastOrDefault();

        var expiredGrant = validGrant != null ? null : grantsInForce
            .OrderBy(r => r.ValidUntil ?? r.EffectiveFrom)
            .ThenBy(r => r, LedgerOrder.Instance)
            .LastOrDefault();

        return new LedgerReading(null, validGrant, expiredGrant);
    }
}
