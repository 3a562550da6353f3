using AlumniCrm.Plugins.Services.Alumni;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_RecomputeAlumniStatus</c>: recomputes one page of contacts under the active
/// definition (and enrols the newly eligible). Call again with the returned PagingCookie while
/// MoreRecords is true; Processed and Changed count this page.
/// </summary>
public sealed class RecomputeAlumniStatusApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var outcome = new RecomputeService(step.SystemService).RunPage(ApiParameters.OptionalInt(step, "PageSize"),
            ApiParameters.Optional<string>(step, "PagingCookie"), step.UtcNow);
        ApiParameters.Set(step, "Processed", outcome.Processed);
        ApiParameters.Set(step, "Changed", outcome.Changed);
        ApiParameters.Set(step, "MoreRecords", outcome.MoreRecords);
        ApiParameters.Set(step, "PagingCookie", outcome.PagingCookie ?? "");
    }
}
