using System.Collections.Generic;
using AlumniCrm.Plugins.Services.Access;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Pre-operation on CreateMultiple of <c>alm_networkmembership</c> (a single Create runs it with one
/// target): owner = the network's faculty alumni team, defaults filled, a hand-made second
/// membership of the same person in the same network refused.
/// </summary>
public sealed class MembershipOwnershipPlugin : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var targets = new List<Entity>();
        if (step.Targets != null) targets.AddRange(step.Targets.Entities);
        if (step.Target != null) targets.Add(step.Target);
        MembershipOwnershipService.Prepare(step.SystemService, targets, step.UtcNow);
    }
}
