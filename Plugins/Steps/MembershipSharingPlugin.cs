using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Plugins.Services.Access;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Async after memberships are created (CreateMultiple), change status (UpdateMultiple) or are
/// deleted: shares the person with the faculty's alumni team while they are active in one of its
/// networks, and revokes the share when they leave its last one (docs/security.md). Async because
/// sharing is one request per person and team: an import of 1,000 graduates must not wait for it.
/// </summary>
public sealed class MembershipSharingPlugin : PluginBase
{
    public const string PreImage = "PreImage";
    public const string PostImage = "PostImage";

    protected override void ExecuteStep(StepContext step)
    {
        var images = new List<Entity>();
        images.AddRange(PluginImages.Pre(step.Context, PreImage));
        images.AddRange(PluginImages.Post(step.Context, PostImage));
        var keys = images
            .Select(i => new { Contact = i.GetAttributeValue<EntityReference>(Membership.ContactId), Network = i.GetAttributeValue<EntityReference>(Membership.NetworkId) })
            .Where(k => k.Contact != null && k.Network != null)
            .Select(k => new MembershipKey(k.Contact.Id, k.Network.Id))
            .Distinct()
            .ToList();
        var changes = FacultyAccessService.Reconcile(step.SystemService, keys);
        step.Trace("{0} membership change(s): {1} share(s) granted, {2} revoked.", keys.Count, changes.Granted, changes.Revoked);
    }
}
