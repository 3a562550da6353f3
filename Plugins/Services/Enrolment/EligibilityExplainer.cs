using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Common;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Alumni;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// "Why is this person (not) in this network?": the person's alumni status and reason, and for one
/// network (or every active one) each criterion of its rule, met or not, and what the membership
/// says (a member who left is never re-enrolled). Reads only; 5 queries.
/// </summary>
public sealed class EligibilityExplainer
{
    private readonly IOrganizationService _service;

    public EligibilityExplainer(IOrganizationService service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    public EligibilityExplanation Explain(Guid contactId, Guid? networkId, DateTime asOf)
    {
        var person = PersonReader.ReadByIds(_service, new[] { contactId }).FirstOrDefault()
                     ?? throw new RuleViolationException("Contact " + contactId.ToString("D") + " does not exist, so there is nothing to explain.");
        var definition = AlumniDefinitionReader.ReadActive(_service);
        var candidate = EnrolmentCandidate.Assess(person.Facts, definition);
        var networks = networkId.HasValue
            ? new[] { NetworkRuleReader.Read(_service, networkId.Value) }
            : NetworkRuleReader.ReadActive(_service);
        var memberships = MembershipReader.ReadForPersons(_service, new[] { contactId });
        var plan = AutoEnrolmentPlanner.Plan(candidate, networks, memberships, asOf);

        var lines = new List<string> { candidate.AlumniStatus.Reason };
        var eligible = new List<Guid>();
        foreach (var result in NetworkEligibility.EvaluateAll(person.Facts, candidate.AlumniStatus, networks, asOf))
        {
            if (result.IsEligible) eligible.Add(result.NetworkId);
            var network = networks.First(n => n.NetworkId == result.NetworkId);
            lines.Add("");
            lines.Add("Network '" + result.NetworkName + "': " + (result.IsEligible ? "in its audience." : "not in its audience."));
            lines.AddRange(result.Reasons.Select(r => "  " + r));
            lines.Add("  " + MembershipLine(network, memberships.FirstOrDefault(m => m.NetworkId == network.NetworkId), plan, result.IsEligible));
        }
        return new EligibilityExplanation(candidate.AlumniStatus.Status, string.Join("\n", lines), eligible);
    }

    private static string MembershipLine(NetworkRule network, ExistingMembership? membership, EnrolmentPlan plan, bool eligible)
    {
        var skip = plan.Skipped.FirstOrDefault(s => s.NetworkId == network.NetworkId && s.Reason != SkipReason.NotEligible);
        if (skip != null) return "Membership: " + skip.Explanation;
        if (membership != null)
            return "Membership: " + membership.Status.ToString().ToLowerInvariant() +
                   (membership.JoinedOn.HasValue ? ", joined " + DateText.Day(membership.JoinedOn.Value) : "") + ".";
        if (!network.IsAutomaticAndActive) return "Membership: none; automatic enrolment is off for this network, so staff or the person decide.";
        var deceased = plan.Skipped.FirstOrDefault(s => s.Reason == SkipReason.Deceased);
        if (deceased != null) return "Membership: none. " + deceased.Explanation;
        return eligible
            ? "Membership: none yet; automatic enrolment adds the person the next time their record is processed (or call alm_EnrolInEligibleNetworks)."
            : "Membership: none.";
    }
}
