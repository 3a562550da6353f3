using System;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;
using C = AlumniCrm.Plugins.Services.Schema.Consent;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>
/// A new ledger row: stamps who recorded it and when (never taken from the caller, so nobody can
/// record in someone else's name or at another time), validates it, and names it.
/// </summary>
public static class ConsentRecording
{
    /// <param name="target">The row being created; changed in place (pre-operation).</param>
    /// <param name="recordedBy">The user who started the request (the initiating user).</param>
    /// <param name="personName">Looks up the person's display name for the error message.</param>
    public static void Prepare(Entity target, Guid recordedBy, DateTime now, Func<Guid, string> personName)
    {
        target[C.RecordedById] = new EntityReference("systemuser", recordedBy);
        target[C.RecordedOn] = now;

        var record = ConsentRows.ToRecord(target);
        var result = ConsentRecordValidator.Validate(record, now);
        if (!result.IsValid)
        {
            var who = record.PersonId == Guid.Empty ? "a person" : personName(record.PersonId);
            throw new RuleViolationException("The consent row for " + who + " (" + ConsentText.Purpose(record.Purpose) + " on "
                + ConsentText.Channel(record.Channel) + ") cannot be recorded:\n" + result.ErrorMessage);
        }
        target[C.Name] = ConsentNames.Compose(record);
    }
}
