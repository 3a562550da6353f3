using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Decides who may be added to a marketing list: the list says what it is for (purpose) and how it is
/// sent (channel); each member is checked with <see cref="ContactabilityRules"/> at the given time. A list
/// without purpose or channel takes nobody, with a message asking to set them — there is no safe default.
/// Run it again at send time: legitimate interest and consents run out by themselves.
/// </summary>
public static class MarketingListGuard
{
    public static MarketingListCheck Check(
        MarketingListFacts list,
        IEnumerable<ListMemberCandidate> candidates,
        DateTime asOf,
        EntitlementWindows windows)
    {
        if (list == null) throw new ArgumentNullException(nameof(list));
        if (candidates == null) throw new ArgumentNullException(nameof(candidates));
        var members = candidates.ToList();
        var listName = ListName(list);

        if (list.Purpose is not { } purpose || list.Channel is not { } channel)
        {
            var missing = list.Purpose == null && list.Channel == null ? "purpose and channel"
                : list.Purpose == null ? "purpose" : "channel";
            return new MarketingListCheck
            {
                ListProblem = Capitalise(listName) + " has no " + missing + " set. Set the " + missing
                    + " on the list before adding members, so consent can be checked.",
                Blocked = members.Select(m => new ListMemberVerdict
                {
                    PersonId = m.Person.PersonId,
                    DisplayName = Who(m),
                    MayBeAdded = false,
                    Message = Who(m) + " cannot be added to " + listName + ": the list has no " + missing + " set.",
                }).ToList(),
            };
        }

        var admitted = new List<ListMemberVerdict>();
        var blocked = new List<ListMemberVerdict>();
        foreach (var member in members)
        {
            var decision = ContactabilityRules.Evaluate(member.Person, member.Ledger, purpose, channel, asOf, windows);
            var verdict = new ListMemberVerdict
            {
                PersonId = member.Person.PersonId,
                DisplayName = Who(member),
                MayBeAdded = decision.Allowed,
                Decision = decision,
                Message = decision.Allowed
                    ? Who(member) + " may be added to " + listName + ". " + decision.Reason
                    : Who(member) + " cannot be added to " + listName + ". " + decision.Reason,
            };
            (decision.Allowed ? admitted : blocked).Add(verdict);
        }

        return new MarketingListCheck { Admitted = admitted, Blocked = blocked };
    }

    private static string ListName(MarketingListFacts list) =>
        string.IsNullOrWhiteSpace(list.Name) ? "the marketing list" : "the marketing list '" + list.Name.Trim() + "'";

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Who(ListMemberCandidate member) =>
        string.IsNullOrWhiteSpace(member.DisplayName)
            ? "The contact " + member.Person.PersonId.ToString("D") + " (no name)"
            : member.DisplayName.Trim();
}
