using AlumniCrm.Plugins.Services.Enrolment;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_BackfillNetwork</c>: back-fills one page of a network's eligible persons. Call
/// it without PagingCookie to start, then with the returned one while MoreRecords is true.
/// </summary>
public sealed class BackfillNetworkApi : PluginBase
{
    public const string ApiName = "alm_BackfillNetwork";

    protected override void ExecuteStep(StepContext step)
    {
        var network = ApiParameters.RequiredReference(step, ApiName, "NetworkId");
        var outcome = new BackfillService(step.SystemService).RunPage(network.Id, ApiParameters.OptionalInt(step, "PageSize"),
            ApiParameters.Optional<string>(step, "PagingCookie"), step.UtcNow);
        if (outcome.Progress.StoppedReason != null) step.Trace(outcome.Progress.StoppedReason);
        ApiParameters.Set(step, "Processed", outcome.Progress.Processed);
        ApiParameters.Set(step, "Enrolled", outcome.Progress.Enrolled);
        ApiParameters.Set(step, "MoreRecords", outcome.MoreRecords);
        ApiParameters.Set(step, "PagingCookie", outcome.PagingCookie ?? "");
    }
}
