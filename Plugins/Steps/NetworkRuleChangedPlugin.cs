using System;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Enrolment;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Async on Create and Update (rule columns, and <c>alm_programmeschangedon</c>, which
/// <see cref="NetworkProgrammesChangedPlugin"/> stamps when the qualifying programmes change) of
/// <c>alm_network</c>: if the change can bring in new people (<see cref="BackfillTrigger"/>), marks
/// the network Pending and back-fills it page by page within a time budget; the rest is left on the
/// network for <c>alm_BackfillNetwork</c>.
/// </summary>
public sealed class NetworkRuleChangedPlugin : PluginBase
{
    public const string PreImage = "PreImage";

    protected override void ExecuteStep(StepContext step)
    {
        var networkId = step.Context.PrimaryEntityId;
        if (networkId == Guid.Empty) throw new InvalidOperationException("The network rule step ran without a network id.");

        var after = NetworkRuleReader.Read(step.SystemService, networkId);
        var preImage = step.PreImage(PreImage);
        // Programmes are an N:N and never change in an Update of the row: the rule before had the same.
        var before = preImage == null ? null : NetworkRuleReader.FromRow(preImage, after.ProgrammeIds);

        var programmesChanged = preImage != null && step.Target != null && step.Target.Contains(Schema.Network.ProgrammesChangedOn)
            && !Equals(step.Target[Schema.Network.ProgrammesChangedOn], preImage.GetAttributeValue<DateTime?>(Schema.Network.ProgrammesChangedOn));
        var need = programmesChanged ? BackfillTrigger.AssessProgrammesChanged(after) : BackfillTrigger.Assess(before, after);
        var result = BackfillRunner.Run(step.SystemService, need, after, step.UtcNow, new TimeBudget(TimeBudget.Default));
        step.Trace("Network '{0}': back-fill {1} ({2}); {3} page(s), {4} enrolled, more: {5}.", after.Name,
            result.Need.IsRequired ? "needed" : "not needed", string.Join(" ", result.Need.Reasons), result.Pages,
            result.LastPage?.Progress.Enrolled ?? 0, result.LastPage?.MoreRecords ?? false);
    }
}
