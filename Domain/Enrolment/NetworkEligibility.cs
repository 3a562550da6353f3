using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// Decides whether a person is in a network's audience. A person matches through a "route": a
/// completed qualification (or one the alumni definition counts, e.g. NHH's one credit), or — when the
/// network includes current students — a current study right. A route must be in scope and meet the
/// level, credit and graduation-date criteria; credits and graduation date apply to qualifications
/// only. A network with no scope and no criteria covers every alumnus (and pre-registered student
/// if it includes students).
/// </summary>
public static class NetworkEligibility
{
    public static NetworkEligibilityResult Evaluate(PersonFacts person, AlumniStatusDecision alumniStatus, NetworkRule rule, DateTime asOf)
    {
        if (person == null) throw new ArgumentNullException(nameof(person));
        if (alumniStatus == null) throw new ArgumentNullException(nameof(alumniStatus));
        if (rule == null) throw new ArgumentNullException(nameof(rule));

        var reasons = new List<EligibilityReason>();
        var network = "'" + rule.Name + "'";

        var active = rule.Status == NetworkStatus.Active;
        reasons.Add(new EligibilityReason(EligibilityCriterion.NetworkActive, active,
            active ? "Network " + network + " is active." : "Network " + network + " is " + rule.Status.ToString().ToLowerInvariant() + ", not active."));

        var gate = StatusGate(alumniStatus.Status, rule);
        reasons.Add(gate);

        var result = new NetworkEligibilityResult { NetworkId = rule.NetworkId, NetworkName = rule.Name };
        if (!gate.IsMet)
            return result with { IsEligible = false, Reasons = reasons };

        var hasCriteria = rule.HasScope || rule.Levels.Count > 0 || rule.MinimumCredits > 0 || rule.GraduatedWithinYears.HasValue;
        if (!hasCriteria)
        {
            reasons.Add(new EligibilityReason(EligibilityCriterion.Scope, true,
                "The network covers the whole institution with no further criteria."));
            return result with { IsEligible = active, Reasons = reasons };
        }

        var routes = Routes(person, alumniStatus, rule);
        if (routes.Count == 0)
        {
            reasons.Add(new EligibilityReason(EligibilityCriterion.Scope, false,
                alumniStatus.Status == AlumniStatus.Alumnus
                    ? "No completed qualification to match against the network's rule."
                    : "No current study right to match against the network's rule."));
            return result with { IsEligible = false, Reasons = reasons };
        }

        var checkedRoutes = routes.Select(r => new { Route = r, Checks = Check(r, rule, asOf) }).ToList();
        var match = checkedRoutes.FirstOrDefault(r => r.Checks.All(c => c.IsMet));
        if (match != null)
        {
            reasons.AddRange(match.Checks);
            return result with
            {
                IsEligible = active,
                Reasons = reasons,
                MatchedQualificationId = match.Route.Qualification?.Id,
                MatchedProgrammeCode = match.Route.Qualification?.ProgrammeCode ?? match.Route.StudyRight?.ProgrammeCode,
                MatchedAsCurrentStudent = match.Route.StudyRight != null,
            };
        }

        foreach (var r in checkedRoutes) reasons.AddRange(r.Checks);
        return result with { IsEligible = false, Reasons = reasons };
    }

    /// <summary>Every network of <paramref name="rules"/>, for the explain API's <c>EligibleNetworkIds</c>.</summary>
    public static IReadOnlyList<NetworkEligibilityResult> EvaluateAll(PersonFacts person, AlumniStatusDecision alumniStatus, IEnumerable<NetworkRule> rules, DateTime asOf) =>
        rules.Select(r => Evaluate(person, alumniStatus, r, asOf)).ToList();

    private static EligibilityReason StatusGate(AlumniStatus status, NetworkRule rule)
    {
        switch (status)
        {
            case AlumniStatus.Alumnus:
                return new EligibilityReason(EligibilityCriterion.AlumniStatus, true, "The person is an alumnus.");
            case AlumniStatus.Student:
                return rule.IncludeCurrentStudents
                    ? new EligibilityReason(EligibilityCriterion.AlumniStatus, true, "The person is a pre-registered current student, and the network includes current students.")
                    : new EligibilityReason(EligibilityCriterion.AlumniStatus, false, "The person is a pre-registered current student, but the network does not include current students.");
            case AlumniStatus.FormerStudentWithoutQualifyingResult:
                return new EligibilityReason(EligibilityCriterion.AlumniStatus, false, "The person is a former student without a qualifying result, not an alumnus.");
            default:
                return new EligibilityReason(EligibilityCriterion.AlumniStatus, false, "The person is not eligible as an alumnus.");
        }
    }

    private sealed class Route
    {
        public QualificationFacts? Qualification;
        public StudyRightFacts? StudyRight;
        public string Label => Qualification != null ? Qualification.Label : "current study right in " + StudyRight!.Label;
        public Guid? ProgrammeId => Qualification != null ? Qualification.ProgrammeId : StudyRight!.ProgrammeId;
        public Guid? FacultyId => Qualification != null ? Qualification.FacultyId : StudyRight!.FacultyId;
        public Guid? InstituteId => Qualification != null ? Qualification.InstituteId : StudyRight!.InstituteId;
        public DegreeLevel? Level => Qualification != null ? Qualification.Level : StudyRight!.Level;
    }

    private static List<Route> Routes(PersonFacts person, AlumniStatusDecision alumniStatus, NetworkRule rule)
    {
        var routes = new List<Route>();
        if (alumniStatus.Status == AlumniStatus.Alumnus)
        {
            // Registered education: completed results, plus any result the alumni definition counts
            // or that once made the person an alumnus (NHH: one credit need not be a completed degree).
            foreach (var q in person.Qualifications)
                if (q.IsCompleted || alumniStatus.QualifyingQualificationIds.Contains(q.Id) || alumniStatus.DecidingQualificationId == q.Id)
                    routes.Add(new Route { Qualification = q });
        }
        if (rule.IncludeCurrentStudents)
            foreach (var s in person.StudyRights)
                if (s.IsCurrent)
                    routes.Add(new Route { StudyRight = s });
        return routes;
    }

    private static List<EligibilityReason> Check(Route route, NetworkRule rule, DateTime asOf)
    {
        var checks = new List<EligibilityReason> { ScopeCheck(route, rule) };

        if (rule.Levels.Count > 0)
        {
            var met = route.Level.HasValue && rule.Levels.Contains(route.Level.Value);
            var wanted = string.Join(", ", rule.Levels.Distinct().Select(l => DegreeLevelText.Describe(l)));
            checks.Add(new EligibilityReason(EligibilityCriterion.DegreeLevel, met,
                route.Label + (route.Level.HasValue ? " is at level " + DegreeLevelText.Describe(route.Level) : " has an unknown level") +
                (met ? ", one of the network's levels (" : "; the network takes ") + wanted + (met ? ")." : ".")));
        }

        var q = route.Qualification;
        if (q == null)
        {
            if (rule.MinimumCredits > 0 || rule.GraduatedWithinYears.HasValue)
                checks.Add(new EligibilityReason(EligibilityCriterion.GraduatedWithin, true,
                    route.Label + ": credit and graduation-date criteria apply to graduates, not to current students."));
            return checks;
        }

        if (rule.MinimumCredits > 0)
        {
            var met = q.Credits >= rule.MinimumCredits;
            checks.Add(new EligibilityReason(EligibilityCriterion.Credits, met,
                q.Label + " has " + AlumniStatusRules.Credits(q.Credits) + " credits; the network requires at least " +
                AlumniStatusRules.Credits(rule.MinimumCredits) + "."));
        }

        if (rule.GraduatedWithinYears.HasValue)
        {
            var years = rule.GraduatedWithinYears.Value;
            var earliest = GraduationCutoff(asOf, years);
            var within = "within " + years + " year" + (years == 1 ? "" : "s") + " of " + AlumniStatusRules.Date(asOf);
            if (!q.IsCompleted || !q.AwardedOn.HasValue)
                checks.Add(new EligibilityReason(EligibilityCriterion.GraduatedWithin, false,
                    q.Label + " has no graduation date, so it cannot be " + within + "."));
            else
            {
                var met = q.AwardedOn.Value.Date >= earliest;
                checks.Add(new EligibilityReason(EligibilityCriterion.GraduatedWithin, met,
                    q.Label + " was awarded " + AlumniStatusRules.Date(q.AwardedOn.Value) + (met ? ", " : ", not ") + within +
                    " (on or after " + AlumniStatusRules.Date(earliest) + ")."));
            }
        }
        return checks;
    }

    /// <summary>
    /// Earliest award date that is still "graduated within N years" of <paramref name="asOf"/>: the
    /// same calendar day N years earlier, inclusive (29 February falls back to 28 February).
    /// </summary>
    public static DateTime GraduationCutoff(DateTime asOf, int years) => asOf.Date.AddYears(-years);

    private static EligibilityReason ScopeCheck(Route route, NetworkRule rule)
    {
        if (!rule.HasScope)
            return new EligibilityReason(EligibilityCriterion.Scope, true,
                route.Label + ": the network has no programme, faculty or institute scope (whole institution).");

        if (route.ProgrammeId.HasValue && rule.ProgrammeIds.Contains(route.ProgrammeId.Value))
            return new EligibilityReason(EligibilityCriterion.Scope, true, route.Label + " is one of the network's programmes.");
        if (rule.FacultyId.HasValue && route.FacultyId == rule.FacultyId)
            return new EligibilityReason(EligibilityCriterion.Scope, true, route.Label + " belongs to the network's faculty.");
        if (rule.InstituteId.HasValue && route.InstituteId == rule.InstituteId)
            return new EligibilityReason(EligibilityCriterion.Scope, true, route.Label + " belongs to the network's institute.");

        var scopes = new List<string>();
        if (rule.ProgrammeIds.Count > 0) scopes.Add("one of the network's programmes");
        if (rule.FacultyId.HasValue) scopes.Add("of the network's faculty");
        if (rule.InstituteId.HasValue) scopes.Add("of the network's institute");
        return new EligibilityReason(EligibilityCriterion.Scope, false,
            route.Label + " is not " + string.Join(" nor ", scopes) + ".");
    }
}
