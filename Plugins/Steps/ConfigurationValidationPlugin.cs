using AlumniCrm.Plugins.Services;
using AlumniCrm.Plugins.Services.Alumni;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Pre-operation on Create and Update of <c>alm_alumnidefinition</c> and <c>alm_network</c>: refuses
/// an invalid alumni definition or network rule with the validators' reasons, refuses a second
/// active definition, and keeps the definition's membership target (base × share).
/// </summary>
public sealed class ConfigurationValidationPlugin : PluginBase
{
    public const string PreImage = "PreImage";

    protected override void ExecuteStep(StepContext step)
    {
        var target = step.Target ?? throw new RuleViolationException("The configuration check ran without a target row.");
        var preImage = step.PreImage(PreImage);
        switch (target.LogicalName)
        {
            case Schema.AlumniDefinition.Table:
                ConfigurationCheck.AlumniDefinition(step.SystemService, target, preImage);
                break;
            case Schema.Network.Table:
                ConfigurationCheck.NetworkRule(target, preImage);
                break;
        }
    }
}
