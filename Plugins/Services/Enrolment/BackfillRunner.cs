using System;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// What the rule-change and programme-change steps do: ask <see cref="BackfillTrigger"/> whether
/// the change can bring in new people; if so mark the network Pending and process pages until done
/// or the time budget is spent. What is left stays on the network (status Running, paging cookie)
/// for <c>alm_BackfillNetwork</c> to continue (a flow calls it until MoreRecords is false).
/// </summary>
public static class BackfillRunner
{
    /// <param name="before">The rule before the change; null for a new network.</param>
    /// <param name="after">The rule now (as read after the change).</param>
    public static BackfillRunResult Run(IOrganizationService service, NetworkRule? before, NetworkRule after, DateTime asOf, TimeBudget budget) =>
        Run(service, BackfillTrigger.Assess(before, after), after, asOf, budget);

    /// <summary>Back-fills when <paramref name="need"/> says so (a rule or programme change already assessed).</summary>
    public static BackfillRunResult Run(IOrganizationService service, BackfillNeed need, NetworkRule after, DateTime asOf, TimeBudget budget)
    {
        if (!need.IsRequired) return new BackfillRunResult(need, null, 0);

        BackfillProgressWriter.MarkPending(service, after.NetworkId, asOf);
        var backfill = new BackfillService(service);
        BackfillPageOutcome? outcome = null;
        var pages = 0;
        try
        {
            do
            {
                outcome = backfill.RunPage(after.NetworkId, null, outcome?.PagingCookie, asOf);
                pages++;
                budget.UnitDone();
            } while (outcome.MoreRecords && budget.HasTimeForAnotherUnit);
        }
        catch
        {
            // Async steps commit each call on its own: record the failure so staff see it on the network.
            BackfillProgressWriter.MarkFailed(service, after.NetworkId);
            throw;
        }
        return new BackfillRunResult(need, outcome, pages);
    }
}

