using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Common;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// The consent ledger is append-only, so it proves at any later time what the person said and when.
/// <list type="bullet">
/// <item>No user may change an existing row: a change of mind is a new row.</item>
/// <item>The only change allowed at all: the system marks a grant Expired once its valid-until has
/// passed (housekeeping for views; the rules never depend on it). Nothing else may change with it.</item>
/// <item>A withdrawal can never be changed, not even by the system.</item>
/// <item>No row is deleted, except as part of erasing the whole person (GDPR Art. 17).</item>
/// </list>
/// </summary>
public static class ConsentLedgerPolicy
{
    public static ConsentCheckResult CheckUpdate(ConsentRecord existing, ConsentRecord proposed, LedgerChangeActor actor, DateTime now)
    {
        if (existing == null) throw new ArgumentNullException(nameof(existing));
        if (proposed == null) throw new ArgumentNullException(nameof(proposed));

        var changed = ChangedColumns(existing, proposed);
        if (changed.Count == 0)
            return ConsentCheckResult.Ok;

        if (existing.Status == ConsentStatus.Withdrawn)
            return Error("A withdrawal can never be edited or undone. If the person wants to be contacted again, "
                + "record a new consent row with their statement.");

        var onlyStatusChanged = changed.Count == 1 && changed[0] == "status";
        var isExpiry = onlyStatusChanged
            && existing.Status == ConsentStatus.Granted
            && proposed.Status == ConsentStatus.Expired;

        if (isExpiry && actor == LedgerChangeActor.System)
        {
            if (existing.ValidUntil is { } until && until <= now)
                return ConsentCheckResult.Ok;
            return Error(existing.ValidUntil is { } notYet
                ? "This consent is valid until " + DateText.Day(notYet) + " and cannot be marked expired before then."
                : "This consent has no end date and cannot be marked expired; record a withdrawal instead.");
        }

        if (isExpiry)
            return Error("Consents expire by themselves when valid-until passes; staff cannot mark one expired. "
                + "To end it now, record a withdrawal.");

        return Error("Consent rows are append-only and cannot be edited (attempted to change "
            + string.Join(", ", changed) + "). Record a new consent or withdrawal row instead.");
    }

    /// <param name="isPartOfErasure">True only when the glue deletes the row while erasing the person.</param>
    public static ConsentCheckResult CheckDelete(ConsentRecord existing, bool isPartOfErasure)
    {
        if (existing == null) throw new ArgumentNullException(nameof(existing));
        return isPartOfErasure
            ? ConsentCheckResult.Ok
            : Error("Consent rows cannot be deleted: they prove what the person agreed to or withdrew. "
                + "Record a withdrawal instead; rows are removed only when the whole person is erased (GDPR).");
    }

    /// <summary>Ids of granted rows whose valid-until has passed at <paramref name="now"/>: what an
    /// optional housekeeping job may mark Expired.</summary>
    public static IReadOnlyList<Guid> RowsToMarkExpired(IEnumerable<ConsentRecord> ledger, DateTime now) =>
        ledger.Where(r => r.Status == ConsentStatus.Granted && r.ValidUntil is { } until && until <= now)
              .Select(r => r.Id)
              .ToList();

    /// <summary>The changed columns, in words, in column order.</summary>
    public static IReadOnlyList<string> ChangedColumns(ConsentRecord existing, ConsentRecord proposed)
    {
        var changed = new List<string>();
        if (existing.PersonId != proposed.PersonId) changed.Add("person");
        if (existing.Purpose != proposed.Purpose) changed.Add("purpose");
        if (existing.Channel != proposed.Channel) changed.Add("channel");
        if (existing.Status != proposed.Status) changed.Add("status");
        if (existing.LawfulBasis != proposed.LawfulBasis) changed.Add("lawful basis");
        if (existing.ValidFrom != proposed.ValidFrom) changed.Add("valid from");
        if (existing.ValidUntil != proposed.ValidUntil) changed.Add("valid until");
        if (existing.Source != proposed.Source) changed.Add("source");
        if (!string.Equals(existing.Evidence, proposed.Evidence, StringComparison.Ordinal)) changed.Add("evidence");
        if (!string.Equals(existing.StatementVersion, proposed.StatementVersion, StringComparison.Ordinal)) changed.Add("statement version");
        if (existing.RecordedById != proposed.RecordedById) changed.Add("recorded by");
        if (existing.RecordedOn != proposed.RecordedOn) changed.Add("recorded on");
        return changed;
    }

    private static ConsentCheckResult Error(string message) => new ConsentCheckResult(new[] { message });
}
