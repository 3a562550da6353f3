using System;
using System.Globalization;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Domain.Pilot;
using AlumniCrm.Plugins.Services.Alumni;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Definition = AlumniCrm.Plugins.Services.Schema.AlumniDefinition;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Counts the people with at least one active membership (the pilot's member figure) and stores it on
/// the active alumni definition, where the "membership against target" chart reads it. Reads active
/// memberships ordered by person, 5,000 per query, within a time budget; if the budget runs out the
/// returned continuation carries the count so far, and a later call finishes it.
/// </summary>
public sealed class MemberCountService
{
    public const int PageSize = 5000;

    private readonly IOrganizationService _service;

    public MemberCountService(IOrganizationService service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    public MemberCountOutcome Run(string? continuation, DateTime now, TimeBudget budget)
    {
        var state = MemberCountContinuation.Parse(continuation);
        var count = state.Count;
        var page = state.Page;
        EntityCollection result;
        do
        {
            var query = new QueryExpression(Membership.Table) { ColumnSet = new ColumnSet(Membership.ContactId) };
            query.Criteria.AddCondition(Membership.Status, ConditionOperator.Equal, (int)MembershipStatus.Active);
            query.AddOrder(Membership.ContactId, OrderType.Ascending);
            query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = page?.NextPage ?? 1, PagingCookie = page?.Cookie };
            result = _service.RetrieveMultiple(query);
            count = count.Advance(result.Entities.Select(m => m.GetAttributeValue<EntityReference>(Membership.ContactId)?.Id ?? Guid.Empty));
            page = ContinuationToken.After(page?.NextPage ?? 1, result.PagingCookie);
            budget.UnitDone();
        } while (result.MoreRecords && budget.HasTimeForAnotherUnit);

        if (result.MoreRecords) return new MemberCountOutcome(count.Count, true, MemberCountContinuation.Write(count, page));
        Store(count.Count, now);
        return new MemberCountOutcome(count.Count, false, null);
    }

    private void Store(int members, DateTime now)
    {
        var definition = AlumniDefinitionReader.ReadActiveId(_service);
        _service.Update(new Entity(Definition.Table, definition)
        {
            [Definition.MemberCount] = members,
            [Definition.MemberCountedOn] = now,
        });
    }
}

/// <summary>The outcome of one call: the count (final when <see cref="MoreRecords"/> is false).</summary>
public sealed record MemberCountOutcome(int Counted, bool MoreRecords, string? Continuation);

/// <summary>The count so far, the last person seen and where the query continues, in one opaque string.</summary>
internal static class MemberCountContinuation
{
    public static MemberCountState Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new MemberCountState(MemberCount.Start, null);
        var parts = text!.Split(new[] { ';' }, 3);
        if (parts.Length != 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || !Guid.TryParse(parts[1], out var last))
            throw new RuleViolationException("The paging cookie was not returned by alm_CountMembers. Pass the PagingCookie of the previous response unchanged, or none to start again.");
        return new MemberCountState(new MemberCount(count, last == Guid.Empty ? (Guid?)null : last), ContinuationToken.Parse(parts[2]));
    }

    public static string Write(MemberCount count, ContinuationToken page) =>
        count.Count.ToString(CultureInfo.InvariantCulture) + ";" + (count.LastPersonId ?? Guid.Empty).ToString("D") + ";" + page;
}

/// <summary>Where a count stands between calls.</summary>
internal sealed record MemberCountState(MemberCount Count, ContinuationToken? Page);
