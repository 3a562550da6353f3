using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using NetworkProgramme = AlumniCrm.Plugins.Services.Schema.NetworkProgramme;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Async on Associate/Disassociate of <c>alm_network_studyprogramme</c> (either side may be the
/// target): rebuilds the rule before the change and back-fills like a rule change does. Adding a
/// programme widens; removing the last one makes the network institution-wide, which widens too.
/// </summary>
public sealed class NetworkProgrammesChangedPlugin : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var input = step.Context.InputParameters;
        var relationship = input.Contains("Relationship") ? input["Relationship"] as Relationship : null;
        if (relationship == null || !string.Equals(relationship.SchemaName, NetworkProgramme.Relationship, StringComparison.OrdinalIgnoreCase)) return;
        var target = input.Contains("Target") ? input["Target"] as EntityReference : null;
        var related = input.Contains("RelatedEntities") ? input["RelatedEntities"] as EntityReferenceCollection : null;
        if (target == null || related == null) return;

        var targetIsNetwork = target.LogicalName == Schema.Network.Table;
        var networkIds = targetIsNetwork ? new List<Guid> { target.Id } : related.Select(r => r.Id).Distinct().ToList();
        var programmeIds = targetIsNetwork ? related.Select(r => r.Id).ToList() : new List<Guid> { target.Id };
        var added = string.Equals(step.Context.MessageName, "Associate", StringComparison.OrdinalIgnoreCase);

        var budget = new TimeBudget(TimeBudget.Default);
        foreach (var networkId in networkIds)
        {
            var after = NetworkRuleReader.Read(step.SystemService, networkId);
            var programmesBefore = added
                ? after.ProgrammeIds.Except(programmeIds).ToList()
                : after.ProgrammeIds.Union(programmeIds).ToList();
            var result = BackfillRunner.Run(step.SystemService, after with { ProgrammeIds = programmesBefore }, after, step.UtcNow, budget);
            step.Trace("Network '{0}': programmes {1}; back-fill {2}, {3} page(s).", after.Name, added ? "added" : "removed",
                result.Need.IsRequired ? "needed" : "not needed", result.Pages);
        }
    }
}
