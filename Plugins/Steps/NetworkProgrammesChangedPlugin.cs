using System;
using System.Linq;
using AlumniCrm.Plugins.Services;
using Microsoft.Xrm.Sdk;
using NetworkProgramme = AlumniCrm.Plugins.Services.Schema.NetworkProgramme;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Synchronous, post-operation, on Associate and Disassociate. Dataverse cannot filter these steps
/// by relationship, so they see every association in the organisation: for any relationship but
/// <c>alm_network_studyprogramme</c> the step returns at once, costing no query and no system job.
/// When a network's qualifying programmes change, it only stamps <c>alm_programmeschangedon</c> on
/// the network; that update starts the asynchronous back-fill step on alm_network
/// (<see cref="NetworkRuleChangedPlugin"/>), so the user's request stays fast and only relevant
/// associations queue work (docs/enrolment.md, "When programmes change").
/// </summary>
public sealed class NetworkProgrammesChangedPlugin : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var input = step.Context.InputParameters;
        if (!input.TryGetValue("Relationship", out var value) || value is not Relationship relationship
            || !string.Equals(relationship.SchemaName, NetworkProgramme.Relationship, StringComparison.OrdinalIgnoreCase)) return;
        if (!input.TryGetValue("Target", out var targetValue) || targetValue is not EntityReference target) return;
        if (!input.TryGetValue("RelatedEntities", out var relatedValue) || relatedValue is not EntityReferenceCollection related) return;

        var networkIds = target.LogicalName == Schema.Network.Table ? new[] { target.Id } : related.Select(r => r.Id).Distinct().ToArray();
        foreach (var networkId in networkIds)
        {
            step.SystemService.Update(new Entity(Schema.Network.Table, networkId) { [Schema.Network.ProgrammesChangedOn] = step.UtcNow });
        }
        step.Trace("{0}: programmes of {1} network(s) changed; back-fill queued.", step.Context.MessageName, networkIds.Length);
    }
}
