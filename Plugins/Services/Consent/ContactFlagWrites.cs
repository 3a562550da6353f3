using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>Writes only the flags a decision changed, and nothing at all when none did (no update, no loop).</summary>
public static class ContactFlagWrites
{
    public static bool Write(IOrganizationService service, Guid contactId, IReadOnlyList<ContactFlagChange> changes)
    {
        if (changes.Count == 0) return false;
        var update = new Entity(Schema.Contact.Table, contactId);
        foreach (var change in changes) update[change.ColumnLogicalName] = change.NewValue;
        service.Update(update);
        return true;
    }

    /// <summary>Sets the changed flags on a row about to be written (pre-operation): no extra request.</summary>
    public static void Apply(Entity target, IReadOnlyList<ContactFlagChange> changes)
    {
        foreach (var change in changes) target[change.ColumnLogicalName] = change.NewValue;
    }
}
