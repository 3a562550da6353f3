using System;
using System.Linq;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Alumni;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Contact = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Back-fills one network page by page (<c>alm_BackfillNetwork</c>): each call reads one page of
/// persons whose stored status is Alumnus or Student, plans their enrolment in this network with the
/// planner's rules (never twice, never back after leaving), creates the memberships in one
/// CreateMultiple and stores the totals and the cookie on the network. Call again with the returned
/// cookie while MoreRecords is true. Per page: 6 queries (+1 Retrieve when continuing), ≤1
/// CreateMultiple, 1 Update of the network.
/// </summary>
public sealed class BackfillService
{
    private readonly IOrganizationService _service;

    public BackfillService(IOrganizationService service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    public BackfillPageOutcome RunPage(Guid networkId, int? pageSize, string? pagingCookie, DateTime asOf)
    {
        var token = ContinuationToken.Parse(pagingCookie);
        var network = NetworkRuleReader.Read(_service, networkId);
        var soFar = token == null ? BackfillProgress.Start : BackfillProgressWriter.ReadStored(_service, networkId);

        if (!network.IsAutomaticAndActive)
        {
            // The planner stops a back-fill of a closed or no longer automatic network; no page is read.
            var stopped = BackfillPlanner.PlanPage(network, Array.Empty<EnrolmentCandidate>(), Array.Empty<ExistingMembership>(), soFar, false, asOf);
            BackfillProgressWriter.Write(_service, networkId, stopped.Progress, null);
            return new BackfillPageOutcome(stopped.Progress, 0, null);
        }

        var pageNumber = token?.NextPage ?? 1;
        var query = PersonReader.ContactQuery();
        query.Criteria.AddCondition(Contact.AlumniStatus, ConditionOperator.In, (int)AlumniStatus.Alumnus, (int)AlumniStatus.Student);
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        query.PageInfo = new PagingInfo { Count = BackfillPlanner.NormalizePageSize(pageSize), PageNumber = pageNumber, PagingCookie = token?.Cookie };
        var page = _service.RetrieveMultiple(query);

        var people = PersonReader.WithQualifications(_service, page.Entities.ToList());
        var candidates = Array.Empty<EnrolmentCandidate>();
        if (people.Count > 0)
        {
            var definition = AlumniDefinitionReader.ReadActive(_service);
            candidates = people.Select(p => EnrolmentCandidate.Assess(p.Facts, definition)).ToArray();
        }
        var memberships = MembershipReader.ReadForPersons(_service, people.Select(p => p.Facts.PersonId), networkId);
        var result = BackfillPlanner.PlanPage(network, candidates, memberships, soFar, page.MoreRecords, asOf);
        MembershipWriter.CreatePlanned(_service, result.Plan.Enrolments, EnrolmentService.NamesOf(people));

        var next = page.MoreRecords ? ContinuationToken.After(pageNumber, page.PagingCookie).ToString() : null;
        BackfillProgressWriter.Write(_service, networkId, result.Progress, next);
        return new BackfillPageOutcome(result.Progress, result.Plan.Enrolments.Count, next);
    }
}
