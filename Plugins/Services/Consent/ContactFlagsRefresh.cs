using System;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>
/// Legitimate interest and entitlement windows end without anything being written, so the contact's
/// do-not-contact flags would go stale: a person whose 5 years of legitimate interest ended must not stay
/// open for bulk e-mail. This recomputes the people whose <c>alm_flagsrecomputeon</c> has passed, one page
/// per call (<c>alm_RefreshContactFlags</c>, called nightly by a flow). Each refreshed person gets their
/// next moment or none, so the query naturally moves on: no paging cookie is needed.
/// </summary>
public static class ContactFlagsRefresh
{
    public const int DefaultPageSize = 1000;

    public static ContactFlagsRefreshOutcome RunPage(IOrganizationService service, int? pageSize, DateTime now, ITracingService tracing)
    {
        var size = BackfillPlanner.NormalizePageSize(pageSize ?? DefaultPageSize);
        var query = new QueryExpression(P.Table) { ColumnSet = new ColumnSet(P.Id), TopCount = size };
        query.Criteria.AddCondition(P.FlagsRecomputeOn, ConditionOperator.LessEqual, now);
        query.AddOrder(P.FlagsRecomputeOn, OrderType.Ascending);
        var due = service.RetrieveMultiple(query).Entities.Select(c => c.Id).ToList();
        var changed = ContactFlagsSync.Synchronise(service, due, now, tracing);
        return new ContactFlagsRefreshOutcome(due.Count, changed, due.Count == size);
    }
}

public sealed record ContactFlagsRefreshOutcome(int Processed, int Changed, bool MoreRecords);
