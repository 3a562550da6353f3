using System;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>
/// Recomputes the alumni status of every contact, one page per call (<c>alm_RecomputeAlumniStatus</c>),
/// after the alumni definition changed. A page is processed exactly like a batch of imported
/// qualifications: statuses written where they changed, newly eligible persons enrolled.
/// Per page: 6 queries, ≤1 UpdateMultiple, ≤1 CreateMultiple.
/// </summary>
public sealed class RecomputeService
{
    private readonly IOrganizationService _service;

    public RecomputeService(IOrganizationService service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    public RecomputePageOutcome RunPage(int? pageSize, string? pagingCookie, DateTime asOf)
    {
        var token = ContinuationToken.Parse(pagingCookie);
        var pageNumber = token?.NextPage ?? 1;
        var query = PersonReader.ContactQuery();
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        // Same page bounds as the back-fill: each call stays well under the 2-minute limit.
        query.PageInfo = new PagingInfo { Count = BackfillPlanner.NormalizePageSize(pageSize), PageNumber = pageNumber, PagingCookie = token?.Cookie };
        var page = _service.RetrieveMultiple(query);

        var people = PersonReader.WithQualifications(_service, page.Entities.ToList());
        var outcome = new EnrolmentService(_service).Process(people, asOf);
        var next = page.MoreRecords ? ContinuationToken.After(pageNumber, page.PagingCookie).ToString() : null;
        return new RecomputePageOutcome(people.Count, outcome.StatusesChanged, outcome.Plan.Enrolments.Count, page.MoreRecords, next);
    }

    /// <summary>Pages until done or the budget is spent; returns the last page (its cookie continues the work).</summary>
    public RecomputePageOutcome RunWithinBudget(DateTime asOf, TimeBudget budget, Action<RecomputePageOutcome>? afterEachPage = null)
    {
        RecomputePageOutcome outcome;
        string? cookie = null;
        do
        {
            outcome = RunPage(null, cookie, asOf);
            cookie = outcome.PagingCookie;
            afterEachPage?.Invoke(outcome);
            budget.UnitDone();
        } while (outcome.MoreRecords && budget.HasTimeForAnotherUnit);
        return outcome;
    }
}
