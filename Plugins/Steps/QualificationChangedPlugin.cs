using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Qualification = AlumniCrm.Plugins.Services.Schema.Qualification;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Post-operation (sync, in the transaction) on CreateMultiple, UpdateMultiple and Delete of
/// <c>alm_qualification</c>: recomputes the alumni status of the affected contacts and enrols them in
/// the automatic networks they now qualify for — one batch for the whole request, so 1,000 imported
/// qualifications cost the same few queries as one. A single Create/Update runs it with one target.
/// </summary>
public sealed class QualificationChangedPlugin : PluginBase
{
    public const string PreImage = "PreImage";
    public const string PostImage = "PostImage";

    protected override void ExecuteStep(StepContext step)
    {
        var contactIds = AffectedContacts(step).ToList();
        var outcome = new EnrolmentService(step.SystemService).ProcessContacts(contactIds, step.UtcNow);
        step.Trace("{0} contact(s): {1} status change(s), {2} contact(s) written, {3} membership(s) created.",
            contactIds.Count, outcome.StatusesChanged, outcome.ContactsWritten, outcome.Plan.Enrolments.Count);
    }

    /// <summary>The contact of every target, before and after (a qualification moved to another person affects both).</summary>
    private static IEnumerable<Guid> AffectedContacts(StepContext step)
    {
        var rows = new List<Entity>();
        if (step.Targets != null) rows.AddRange(step.Targets.Entities);
        if (step.Target != null) rows.Add(step.Target);
        rows.AddRange(PluginImages.Pre(step.Context, PreImage));
        rows.AddRange(PluginImages.Post(step.Context, PostImage));
        return rows.Select(r => r.GetAttributeValue<EntityReference>(Qualification.ContactId))
            .Where(r => r != null && r.Id != Guid.Empty)
            .Select(r => r.Id)
            .Distinct();
    }
}
