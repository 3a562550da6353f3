using System.Linq;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_ExplainEligibility</c>: "why is this person (not) in this network?" — the alumni
/// status, every criterion of the network's rule (or of every active network), and the membership.
/// Reads as the calling user, so nobody learns about a person they cannot see.
/// </summary>
public sealed class ExplainEligibilityApi : PluginBase
{
    public const string ApiName = "alm_ExplainEligibility";

    protected override void ExecuteStep(StepContext step)
    {
        var contact = ApiParameters.RequiredReference(step, ApiName, "ContactId");
        var network = ApiParameters.Optional<EntityReference>(step, "NetworkId");
        var explanation = new EligibilityExplainer(step.UserService).Explain(contact.Id, network?.Id, step.UtcNow);
        ApiParameters.Set(step, "AlumniStatus", (int)explanation.Status);
        ApiParameters.Set(step, "Reasons", explanation.Reasons);
        ApiParameters.Set(step, "EligibleNetworkIds", string.Join(",", explanation.EligibleNetworkIds.Select(id => id.ToString("D"))));
    }
}
