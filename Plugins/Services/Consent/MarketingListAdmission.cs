using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using L = AlumniCrm.Plugins.Services.Schema.MarketingList;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>
/// Checks people about to become members of a marketing list with <see cref="MarketingListGuard"/> and
/// refuses the whole request when anyone is blocked, naming who and why. Reads as SYSTEM: a withdrawal
/// the user cannot see must still block.
/// </summary>
public static class MarketingListAdmission
{
    public const string MemberTypeColumn = "createdfromcode";
    public const int ContactMemberType = 2;

    public static void Check(IOrganizationService service, Guid listId, IReadOnlyCollection<Guid> memberIds, DateTime now)
    {
        if (memberIds.Count == 0) return;
        var list = service.Retrieve(L.Table, listId, new ColumnSet(L.Name, L.Purpose, L.Channel, MemberTypeColumn));
        // The consent rules are about people (contacts); account and lead lists are outside the alumni model.
        var memberType = list.GetAttributeValue<OptionSetValue>(MemberTypeColumn)?.Value ?? ContactMemberType;
        if (memberType != ContactMemberType) return;

        var facts = new MarketingListFacts
        {
            ListId = listId,
            Name = list.GetAttributeValue<string>(L.Name) ?? "",
            Purpose = ChoiceValues.Read<ConsentPurpose>(list, L.Purpose),
            Channel = ChoiceValues.Read<ContactChannel>(list, L.Channel),
        };
        var people = ContactFactsReader.Read(service, memberIds);
        var ledgers = ConsentLedgerReader.ForPeople(service, people.Keys);
        var candidates = memberIds.Where(people.ContainsKey)
            .Select(id => new ListMemberCandidate(people[id].DisplayName, people[id].Facts, ledgers[id]))
            .ToList();

        var check = MarketingListGuard.Check(facts, candidates, now, EntitlementWindowsReader.Active(service));
        if (!check.AllAdmitted) throw new RuleViolationException(check.BlockedMessage);
    }

    /// <summary>The contact members of a list (one query per 5,000 members).</summary>
    public static Guid[] MembersOf(IOrganizationService service, Guid listId)
    {
        var query = new QueryExpression(L.MemberIntersect) { ColumnSet = new ColumnSet("entityid") };
        query.Criteria.AddCondition("listid", ConditionOperator.Equal, listId);
        return QueryRunner.RetrieveAll(service, query)
            .Select(row => row.GetAttributeValue<EntityReference>("entityid"))
            .Where(member => member != null && member.LogicalName == Schema.Contact.Table)
            .Select(member => member.Id)
            .ToArray();
    }
}
