using System;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;
using C = AlumniCrm.Plugins.Services.Schema.Consent;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>Keeps the ledger append-only: applies <see cref="ConsentLedgerPolicy"/> to updates and deletes.</summary>
public static class ConsentLedgerGuard
{
    /// <param name="isSystem">Asked only when the change could be the system's expiry mark (it costs a query).</param>
    public static void CheckUpdate(Entity preImage, Entity target, Func<bool> isSystem, DateTime now)
    {
        var existing = ConsentRows.ToRecord(preImage);
        var merged = ConsentRows.Merge(preImage, target);
        var proposed = ConsentRows.ToRecord(merged);
        var changed = ConsentLedgerPolicy.ChangedColumns(existing, proposed);
        var actor = changed.Count == 1 && changed[0] == "status" && isSystem() ? LedgerChangeActor.System : LedgerChangeActor.User;

        var result = ConsentLedgerPolicy.CheckUpdate(existing, proposed, actor, now);
        if (!result.IsValid) throw new RuleViolationException(result.ErrorMessage);

        // The name is derived from the row: a rename would make a ledger line say something it does not.
        if (target.Contains(C.Name)) target[C.Name] = ConsentNames.Compose(proposed);
    }

    public static void CheckDelete(Entity preImage, bool isPartOfErasure)
    {
        var result = ConsentLedgerPolicy.CheckDelete(ConsentRows.ToRecord(preImage), isPartOfErasure);
        if (!result.IsValid) throw new RuleViolationException(result.ErrorMessage);
    }
}
