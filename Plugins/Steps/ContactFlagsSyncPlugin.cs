using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Consent;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Post-operation CreateMultiple (so single creates and imports alike) and Update of <c>alm_consent</c>:
/// recomputes the people's do-not flags and writes only those that changed, as SYSTEM (the recorder may
/// only have read access to the person). The flag update touches no column any step on contact
/// rewrites consents for, so nothing loops.
/// </summary>
public sealed class ContactFlagsSyncPlugin : PluginBase
{
    /// <summary>Post-image of the Update step (the person).</summary>
    public const string ConsentImage = "consent";

    protected override void ExecuteStep(StepContext step)
    {
        var people = new List<Guid>();
        var rows = step.Targets?.Entities.AsEnumerable() ?? (step.Target is { } single ? new[] { single } : Array.Empty<Entity>());
        if (step.PostImage(ConsentImage) is { } image) rows = rows.Concat(new[] { image });
        foreach (var row in rows)
        {
            if (row.GetAttributeValue<EntityReference>(Schema.Consent.ContactId) is { } person) people.Add(person.Id);
        }
        var updated = ContactFlagsSync.Synchronise(step.SystemService, people, step.UtcNow, step.Tracing);
        step.Trace("Flags updated on {0} of {1} contact(s).", updated, people.Distinct().Count());
    }
}
