using AlumniCrm.Plugins.Services.Consent;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_RefreshContactFlags</c>: recomputes the do-not-contact flags of the people whose
/// flags are due (a legitimate-interest or entitlement window ended). A nightly flow calls it until
/// MoreRecords is false.
/// </summary>
public sealed class RefreshContactFlagsApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var outcome = ContactFlagsRefresh.RunPage(step.SystemService, ApiParameters.OptionalInt(step, "PageSize"), step.UtcNow, step.Tracing);
        ApiParameters.Set(step, "Processed", outcome.Processed);
        ApiParameters.Set(step, "Changed", outcome.Changed);
        ApiParameters.Set(step, "MoreRecords", outcome.MoreRecords);
    }
}
