using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>Ledger order: effective time, then recording time, then a withdrawal after a grant.</summary>
internal sealed class LedgerOrder : IComparer<ConsentRecord>
{
    public static readonly LedgerOrder Instance = new LedgerOrder();

    public int Compare(ConsentRecord? x, ConsentRecord? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x == null) return -1;
        if (y == null) return 1;
        var byEffective = x.EffectiveFrom.CompareTo(y.EffectiveFrom);
        if (byEffective != 0) return byEffective;
        var byRecorded = x.RecordedOn.CompareTo(y.RecordedOn);
        if (byRecorded != 0) return byRecorded;
        return Rank(x).CompareTo(Rank(y));
    }

    private static int Rank(ConsentRecord record) => record.Status == ConsentStatus.Withdrawn ? 1 : 0;
}
