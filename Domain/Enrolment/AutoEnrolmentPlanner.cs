using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// Plans automatic enrolments. The inputs are plain collections the glue fetches in bulk — every
/// network once, every membership of the batch's persons once — so a batch of any size costs a
/// constant number of queries.
/// Rules: only active networks with automatic enrolment on; one membership per person and network
/// (an existing one of any status wins, duplicates of a person within a batch are merged); a Left or
/// Suspended membership blocks for good; deceased persons are never enrolled.
/// The planner never removes anyone. Someone who stops meeting a rule (a narrowed rule, the
/// "graduated within N years" window passing) stays: leaving is the member's decision, and a
/// network's board may still want them. Removal is a staff action, never an automatic one.
/// </summary>
public static class AutoEnrolmentPlanner
{
    /// <summary>One person, for the qualification plugin and <c>alm_EnrolInEligibleNetworks</c>.</summary>
    public static EnrolmentPlan Plan(EnrolmentCandidate candidate, IEnumerable<NetworkRule> networks, IEnumerable<ExistingMembership> memberships, DateTime asOf) =>
        Plan(new[] { candidate }, networks, memberships, asOf);

    /// <summary>A batch (e.g. 1,000 qualifications created in one CreateMultiple).</summary>
    public static EnrolmentPlan Plan(IEnumerable<EnrolmentCandidate> candidates, IEnumerable<NetworkRule> networks, IEnumerable<ExistingMembership> memberships, DateTime asOf)
    {
        if (candidates == null) throw new ArgumentNullException(nameof(candidates));
        if (networks == null) throw new ArgumentNullException(nameof(networks));
        if (memberships == null) throw new ArgumentNullException(nameof(memberships));

        var automatic = Distinct(networks.Where(n => n.IsAutomaticAndActive));
        var membershipIndex = Index(memberships);
        var enrolments = new List<PlannedEnrolment>();
        var skipped = new List<SkippedEnrolment>();

        foreach (var occurrences in GroupByPerson(candidates))
        {
            var personId = occurrences[0].Person.PersonId;
            if (occurrences.Any(c => c.Person.IsDeceased))
            {
                skipped.Add(new SkippedEnrolment
                {
                    PersonId = personId,
                    Reason = SkipReason.Deceased,
                    Explanation = "The person is deceased; deceased persons are never enrolled.",
                });
                continue;
            }

            membershipIndex.TryGetValue(personId, out var personMemberships);
            foreach (var network in automatic)
            {
                ExistingMembership? existing = null;
                if (personMemberships != null && personMemberships.TryGetValue(network.NetworkId, out var found))
                    existing = found;
                if (existing != null)
                {
                    skipped.Add(SkipForMembership(personId, network, existing));
                    continue;
                }

                // A person listed several times (one entry per new qualification) is enrolled once,
                // through the first entry that meets the rule.
                NetworkEligibilityResult? firstResult = null, eligible = null;
                foreach (var occurrence in occurrences)
                {
                    var result = NetworkEligibility.Evaluate(occurrence.Person, occurrence.AlumniStatus, network, asOf);
                    if (firstResult == null) firstResult = result;
                    if (result.IsEligible) { eligible = result; break; }
                }

                if (eligible != null)
                    enrolments.Add(new PlannedEnrolment
                    {
                        PersonId = personId,
                        NetworkId = network.NetworkId,
                        NetworkName = network.Name,
                        JoinedOn = asOf.Date,
                        MatchedQualificationId = eligible.MatchedQualificationId,
                        Reason = string.Join(" ", eligible.Reasons.Select(r => r.Text)),
                    });
                else
                    skipped.Add(new SkippedEnrolment
                    {
                        PersonId = personId,
                        NetworkId = network.NetworkId,
                        NetworkName = network.Name,
                        Reason = SkipReason.NotEligible,
                        Explanation = "Not eligible: " + firstResult!.FailureSummary,
                    });
            }
        }
        return new EnrolmentPlan(enrolments, skipped);
    }

    private static SkippedEnrolment SkipForMembership(Guid personId, NetworkRule network, ExistingMembership existing)
    {
        var skip = new SkippedEnrolment { PersonId = personId, NetworkId = network.NetworkId, NetworkName = network.Name };
        switch (existing.Status)
        {
            case MembershipStatus.Left:
                return skip with
                {
                    Reason = SkipReason.PreviouslyLeft,
                    Explanation = "Left the network" + (existing.LeftOn.HasValue ? " on " + AlumniStatusRules.Date(existing.LeftOn.Value) : "") +
                                  (existing.LeaveReason.HasValue ? " (" + Describe(existing.LeaveReason.Value) + ")" : "") +
                                  "; a member who left is never re-enrolled automatically.",
                };
            case MembershipStatus.Suspended:
                return skip with
                {
                    Reason = SkipReason.Suspended,
                    Explanation = "The membership is suspended; automatic enrolment does not override that.",
                };
            default:
                return skip with
                {
                    Reason = SkipReason.AlreadyMember,
                    Explanation = "Already a member" + (existing.JoinedOn.HasValue ? " since " + AlumniStatusRules.Date(existing.JoinedOn.Value) : "") + ".",
                };
        }
    }

    private static string Describe(LeaveReason reason)
    {
        switch (reason)
        {
            case LeaveReason.OwnChoice: return "own choice";
            case LeaveReason.Deceased: return "deceased";
            case LeaveReason.Erasure: return "erasure";
            case LeaveReason.StaffDecision: return "staff decision";
            default: return "other reason";
        }
    }

    private static List<NetworkRule> Distinct(IEnumerable<NetworkRule> networks)
    {
        var seen = new HashSet<Guid>();
        return networks.Where(n => seen.Add(n.NetworkId)).ToList();
    }

    /// <summary>Person → network → membership. If the data holds several rows for a pair, a blocking
    /// one (Left, Suspended) wins over an active one.</summary>
    private static Dictionary<Guid, Dictionary<Guid, ExistingMembership>> Index(IEnumerable<ExistingMembership> memberships)
    {
        var index = new Dictionary<Guid, Dictionary<Guid, ExistingMembership>>();
        foreach (var m in memberships)
        {
            if (!index.TryGetValue(m.PersonId, out var byNetwork))
                index[m.PersonId] = byNetwork = new Dictionary<Guid, ExistingMembership>();
            if (!byNetwork.TryGetValue(m.NetworkId, out var earlier) || earlier.Status == MembershipStatus.Active)
                byNetwork[m.NetworkId] = m;
        }
        return index;
    }

    private static List<List<EnrolmentCandidate>> GroupByPerson(IEnumerable<EnrolmentCandidate> candidates)
    {
        var groups = new List<List<EnrolmentCandidate>>();
        var byPerson = new Dictionary<Guid, List<EnrolmentCandidate>>();
        foreach (var c in candidates)
        {
            if (!byPerson.TryGetValue(c.Person.PersonId, out var group))
            {
                byPerson[c.Person.PersonId] = group = new List<EnrolmentCandidate>();
                groups.Add(group);
            }
            group.Add(c);
        }
        return groups;
    }
}
