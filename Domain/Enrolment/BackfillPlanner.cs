using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// The SDK-free part of back-filling a network (<c>alm_BackfillNetwork</c>): the glue reads one page
/// of candidate persons with its paging cookie, plus their memberships in this network, calls
/// <see cref="PlanPage"/>, creates the enrolments, stores the progress and cookie, and is called
/// again while <see cref="BackfillProgress.MoreRecords"/> is true. Small pages keep each call well
/// under the 2-minute plugin limit.
/// </summary>
public static class BackfillPlanner
{
    /// <summary>Persons per call when the caller gives no page size.</summary>
    public const int DefaultPageSize = 250;

    /// <summary>Largest page: one CreateMultiple of this many memberships stays well under two minutes.</summary>
    public const int MaximumPageSize = 1000;

    /// <summary>The page size to use for a requested one (missing or non-positive → default; capped).</summary>
    public static int NormalizePageSize(int? requested)
    {
        if (!requested.HasValue || requested.Value <= 0) return DefaultPageSize;
        return Math.Min(requested.Value, MaximumPageSize);
    }

    /// <param name="network">The network being back-filled, as it is now.</param>
    /// <param name="page">This page's candidates (facts and alumni status).</param>
    /// <param name="memberships">The page's persons' memberships (only this network's matter).</param>
    /// <param name="soFar">Totals before this page; <see cref="BackfillProgress.Start"/> on the first call.</param>
    /// <param name="moreRecords">Whether the glue's query has pages after this one.</param>
    public static BackfillPageResult PlanPage(NetworkRule network, IReadOnlyList<EnrolmentCandidate> page,
        IEnumerable<ExistingMembership> memberships, BackfillProgress soFar, bool moreRecords, DateTime asOf)
    {
        if (network == null) throw new ArgumentNullException(nameof(network));
        if (page == null) throw new ArgumentNullException(nameof(page));
        if (soFar == null) throw new ArgumentNullException(nameof(soFar));

        // The rule may have been switched off or the network closed while the back-fill ran: stop.
        if (!network.IsAutomaticAndActive)
            return new BackfillPageResult(EnrolmentPlan.Empty, soFar with
            {
                MoreRecords = false,
                StoppedReason = network.Status != NetworkStatus.Active
                    ? "Stopped: the network is no longer active."
                    : "Stopped: automatic enrolment was turned off.",
            });

        var plan = AutoEnrolmentPlanner.Plan(page, new[] { network },
            memberships.Where(m => m.NetworkId == network.NetworkId), asOf);
        var persons = new HashSet<Guid>(page.Select(c => c.Person.PersonId)).Count;
        return new BackfillPageResult(plan,
            new BackfillProgress(soFar.Processed + persons, soFar.Enrolled + plan.Enrolments.Count, moreRecords));
    }
}
