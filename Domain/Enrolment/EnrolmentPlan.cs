using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// What the planner decided: memberships to create and the pairs it skipped. It never contains
/// removals: see <see cref="AutoEnrolmentPlanner"/>.
/// </summary>
public sealed record EnrolmentPlan(IReadOnlyList<PlannedEnrolment> Enrolments, IReadOnlyList<SkippedEnrolment> Skipped)
{
    public static readonly EnrolmentPlan Empty = new EnrolmentPlan(Array.Empty<PlannedEnrolment>(), Array.Empty<SkippedEnrolment>());

    /// <summary>For <c>alm_EnrolInEligibleNetworks</c>' <c>Summary</c>: what happened to one person, in words.</summary>
    public string SummaryFor(Guid personId)
    {
        var enrolled = Enrolments.Where(e => e.PersonId == personId).Select(e => e.NetworkName).ToList();
        var skipped = Skipped.Where(s => s.PersonId == personId).ToList();
        var lines = new List<string>
        {
            enrolled.Count == 0
                ? "Enrolled in no new network."
                : "Enrolled in " + enrolled.Count + " network" + (enrolled.Count == 1 ? "" : "s") + ": " + string.Join(", ", enrolled) + "."
        };
        lines.AddRange(skipped.Select(s => (s.NetworkId.HasValue ? "Not enrolled in " + s.NetworkName + ": " : "Not enrolled: ") + s.Explanation));
        return string.Join("\n", lines);
    }
}
