using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>
/// Recomputes the do-not flags of people from their ledger (<see cref="ContactFlagsPolicy"/>) and writes
/// the flags that differ, with the moment they next change by themselves. Three queries for any number
/// of people (windows, contacts, ledger) plus one update per person whose flags or due moment changed.
/// </summary>
public static class ContactFlagsSync
{
    /// <returns>How many contacts were updated.</returns>
    public static int Synchronise(IOrganizationService service, IEnumerable<Guid> contactIds, DateTime now, ITracingService tracing)
    {
        var ids = contactIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0) return 0;
        var windows = EntitlementWindowsReader.Active(service);
        var people = ContactFactsReader.Read(service, ids);
        var ledgers = ConsentLedgerReader.ForPeople(service, people.Keys);
        var updated = 0;
        foreach (var person in people.Values)
        {
            var decision = ContactFlagsPolicy.Decide(person.Facts, ledgers[person.Id], person.Flags, now, windows);
            foreach (var change in decision.Changes) tracing.Trace("Contact {0}: {1} = {2} ({3})", person.Id, change.ColumnLogicalName, change.NewValue, change.Reason);
            if (ContactFlagWrites.Write(service, person.Id, decision.Changes, new ContactFlagsDue(decision.RecomputeAt, now), person.FlagsRecomputeOn)) updated++;
        }
        return updated;
    }
}
