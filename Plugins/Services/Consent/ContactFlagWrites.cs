using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>Writes only the flags a decision changed, and nothing at all when none did (no update, no loop).</summary>
public static class ContactFlagWrites
{
    public static bool Write(IOrganizationService service, Guid contactId, IReadOnlyList<ContactFlagChange> changes) =>
        Write(service, contactId, changes, null, null);

    /// <summary>
    /// Also keeps <c>alm_flagsrecomputeon</c>, the moment the flags change by themselves, so
    /// <c>alm_RefreshContactFlags</c> finds the people whose flags are due. A moment not in the
    /// future is stored as empty, so a refresh can never pick the same person again and again.
    /// </summary>
    public static bool Write(IOrganizationService service, Guid contactId, IReadOnlyList<ContactFlagChange> changes,
        ContactFlagsDue? due, DateTime? storedDue)
    {
        var update = new Entity(Schema.Contact.Table, contactId);
        foreach (var change in changes) update[change.ColumnLogicalName] = change.NewValue;
        if (due is { } next)
        {
            var wanted = next.At > next.Now ? next.At : null;
            if (wanted != storedDue) update[Schema.Contact.FlagsRecomputeOn] = wanted;
        }
        if (update.Attributes.Count == 0) return false;
        service.Update(update);
        return true;
    }

    /// <summary>Sets the changed flags on a row about to be written (pre-operation): no extra request.</summary>
    public static void Apply(Entity target, IReadOnlyList<ContactFlagChange> changes)
    {
        foreach (var change in changes) target[change.ColumnLogicalName] = change.NewValue;
    }
}

/// <summary>When the flags next change by themselves (<see cref="ContactFlagsDecision.RecomputeAt"/>), as of now.</summary>
public sealed record ContactFlagsDue(DateTime? At, DateTime Now);
