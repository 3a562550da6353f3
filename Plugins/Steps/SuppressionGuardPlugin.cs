using System;
using System.Linq;
using AlumniCrm.Plugins.Services.Privacy;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Pre-validation CreateMultiple (single creates, bulk creates and the create half of upserts) and
/// Update of the FS identifiers of contact: refuses a person whose FS identifiers hash to a suppression
/// entry. The keys are the active rows of <c>alm_suppressionkey</c> (<see cref="SuppressionKeySource"/>).
/// </summary>
public sealed class SuppressionGuardPlugin : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var targets = step.Targets?.Entities.ToList() ?? (step.Target is { } single ? new[] { single }.ToList() : new System.Collections.Generic.List<Entity>());
        SuppressionGuard.Check(step.SystemService, targets);
    }
}
