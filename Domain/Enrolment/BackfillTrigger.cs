using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// Decides whether a new or changed network needs its existing eligible alumni back-filled. Only a
/// change that can bring in people who were not in the audience before does: automatic enrolment
/// turned on, the network (re)activated, a wider scope, more levels, a lower credit minimum, a longer
/// or removed graduation window, current students included. Narrowing never triggers anything,
/// because the planner never removes members. Renames and channel changes are not rule fields at all.
/// When a change might widen (e.g. an institute added next to its own faculty) it counts as widening:
/// a back-fill is idempotent, a missed one is not.
/// </summary>
public static class BackfillTrigger
{
    /// <param name="before">The rule before the change; null for a new network.</param>
    public static BackfillNeed Assess(NetworkRule? before, NetworkRule after)
    {
        var reasons = new List<string>();
        if (!after.AutoEnrol)
            return new BackfillNeed(false, new[] { "Automatic enrolment is off." });
        if (after.Status != NetworkStatus.Active)
            return new BackfillNeed(false, new[] { "The network is not active." });

        if (before == null)
            return new BackfillNeed(true, new[] { "New network with automatic enrolment." });
        if (!before.AutoEnrol)
            return new BackfillNeed(true, new[] { "Automatic enrolment was turned on." });
        if (before.Status != NetworkStatus.Active)
            return new BackfillNeed(true, new[] { "The network became active." });

        if (before.HasScope && !after.HasScope)
            reasons.Add("The programme/faculty/institute scope was removed: the network now covers the whole institution.");
        else if (before.HasScope && after.HasScope)
        {
            if (after.ProgrammeIds.Any(p => !before.ProgrammeIds.Contains(p)))
                reasons.Add("Programmes were added.");
            if (after.FacultyId.HasValue && after.FacultyId != before.FacultyId)
                reasons.Add("The faculty scope was set or changed.");
            if (after.InstituteId.HasValue && after.InstituteId != before.InstituteId)
                reasons.Add("The institute scope was set or changed.");
        }

        if (before.Levels.Count > 0 && after.Levels.Count == 0)
            reasons.Add("The level restriction was removed.");
        else if (before.Levels.Count > 0 && after.Levels.Any(l => !before.Levels.Contains(l)))
            reasons.Add("Levels were added.");

        if (after.MinimumCredits < before.MinimumCredits)
            reasons.Add("The minimum credits was lowered from " + Credits(before.MinimumCredits) + " to " + Credits(after.MinimumCredits) + ".");

        if (before.GraduatedWithinYears.HasValue &&
            (!after.GraduatedWithinYears.HasValue || after.GraduatedWithinYears.Value > before.GraduatedWithinYears.Value))
            reasons.Add(after.GraduatedWithinYears.HasValue
                ? "The graduation window was lengthened from " + before.GraduatedWithinYears.Value + " to " + after.GraduatedWithinYears.Value + " years."
                : "The graduation window was removed.");

        if (after.IncludeCurrentStudents && !before.IncludeCurrentStudents)
            reasons.Add("Current students are now included.");

        if (reasons.Count == 0)
            return new BackfillNeed(false, new[] { "No change widens the audience (narrowing never removes members)." });
        return new BackfillNeed(true, reasons);
    }

    /// <summary>
    /// A qualifying study programme was added to or removed from the network (the N:N changed, the
    /// row's rule columns did not): the audience may have widened, so an automatic, active network
    /// is back-filled. Back-filling never removes anyone, so a removal costs only the scan.
    /// </summary>
    public static BackfillNeed AssessProgrammesChanged(NetworkRule after)
    {
        if (!after.AutoEnrol) return new BackfillNeed(false, new[] { "Automatic enrolment is off." });
        if (after.Status != NetworkStatus.Active) return new BackfillNeed(false, new[] { "The network is not active." });
        return new BackfillNeed(true, new[] { "The qualifying study programmes changed." });
    }

    private static string Credits(decimal credits) => credits.ToString("0.#", CultureInfo.InvariantCulture);
}
