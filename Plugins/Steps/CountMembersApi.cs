using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Enrolment;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Custom API <c>alm_CountMembers</c>: counts the people with at least one active membership and
/// stores the figure on the active alumni definition (the pilot dashboard's "members against target").
/// Call it from a scheduled flow (nightly) — and the importer calls it after each import. If
/// MoreRecords is true, call again with the returned PagingCookie.
/// </summary>
public sealed class CountMembersApi : PluginBase
{
    protected override void ExecuteStep(StepContext step)
    {
        var outcome = new MemberCountService(step.SystemService)
            .Run(ApiParameters.Optional<string>(step, "PagingCookie"), step.UtcNow, new TimeBudget(TimeBudget.Default));
        ApiParameters.Set(step, "Counted", outcome.Counted);
        ApiParameters.Set(step, "MoreRecords", outcome.MoreRecords);
        ApiParameters.Set(step, "PagingCookie", outcome.Continuation ?? "");
    }
}
