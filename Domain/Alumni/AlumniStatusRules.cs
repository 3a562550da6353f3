using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Decides a person's alumni status under the active definition. Precedence (first match wins):
/// 1 a qualifying qualification → Alumnus; 2 staff counted by the definition → Alumnus;
/// 3 an alumnus before, under a wider definition → stays Alumnus (for life);
/// 4 a pre-registered current student where allowed → Student;
/// 5 a current student otherwise → NotEligible (not yet);
/// 6 qualification records of which none counts → FormerStudentWithoutQualifyingResult;
/// 7 otherwise → NotEligible. See docs/rules-alumni.md.
/// </summary>
public static class AlumniStatusRules
{
    public static AlumniStatusDecision Decide(PersonFacts person, AlumniDefinition definition)
    {
        if (person == null) throw new ArgumentNullException(nameof(person));
        if (definition == null) throw new ArgumentNullException(nameof(definition));

        var qualifications = person.Qualifications ?? Array.Empty<QualificationFacts>();
        var assessments = qualifications.Select(q => Assess(q, definition)).ToList();
        var qualifying = qualifications.Where((q, i) => assessments[i].Counts).ToList();
        var completedDates = qualifications.Where(q => q.IsCompleted && q.AwardedOn.HasValue)
            .Select(q => q.AwardedOn!.Value.Date).ToList();

        var decision = new AlumniStatusDecision
        {
            PersonId = person.PersonId,
            DefinitionId = definition.Id,
            FirstGraduationDate = completedDates.Count == 0 ? (DateTime?)null : completedDates.Min(),
            LatestGraduationDate = completedDates.Count == 0 ? (DateTime?)null : completedDates.Max(),
            QualifyingQualificationIds = qualifying.Select(q => q.Id).ToList(),
            Assessments = assessments,
        };
        var under = " under '" + definition.Name + "'";

        // 1. A qualifying result. The earliest one decides: it is when the person became an alumnus.
        if (qualifying.Count > 0)
        {
            var deciding = qualifying
                .OrderBy(q => q.AwardedOn ?? DateTime.MaxValue)
                .ThenBy(q => q.Label, StringComparer.Ordinal)
                .ThenBy(q => q.Id)
                .First();
            var others = qualifying.Count - 1;
            return decision with
            {
                Status = AlumniStatus.Alumnus,
                DecidedBy = AlumniStatusRule.QualifyingQualification,
                DecidingQualificationId = deciding.Id,
                Reason = "Alumnus" + under + ": " + Describe(deciding) + " meets the definition" +
                         (others == 0 ? "." : " (" + others + " other qualification" + (others == 1 ? "" : "s") + " also count).")
            };
        }

        // 2. Staff, only when the definition says so (USN asks to decide this explicitly).
        if (person.IsStaff && definition.IncludeStaff)
        {
            return decision with
            {
                Status = AlumniStatus.Alumnus,
                DecidedBy = AlumniStatusRule.IncludedStaff,
                Reason = "Alumnus" + under + ": staff member, and the definition counts staff."
            };
        }

        // 3. "An alumnus stays an alumnus for life": a narrower definition never demotes an alumnus.
        // It does not protect against corrected data: if the qualification that made the person an
        // alumnus was deleted, the person is decided afresh.
        var prior = person.Prior;
        string lifelongNote = "";
        if (prior != null && prior.Status == AlumniStatus.Alumnus)
        {
            var priorId = prior.QualifyingQualificationId;
            var priorQualification = priorId.HasValue ? qualifications.FirstOrDefault(q => q.Id == priorId.Value) : null;
            if (!priorId.HasValue || priorQualification != null)
            {
                return decision with
                {
                    Status = AlumniStatus.Alumnus,
                    DecidedBy = AlumniStatusRule.AlumnusForLife,
                    DecidingQualificationId = priorId,
                    Reason = "Alumnus for life: already an alumnus" +
                             (priorQualification != null ? " through " + Describe(priorQualification) : "") +
                             ". The current definition '" + definition.Name + "' would not count them: " +
                             FailureSummary(assessments, person, definition) +
                             " An alumnus stays an alumnus for life."
                };
            }
            lifelongNote = " The earlier alumnus status rested on qualification " + priorId!.Value.ToString("D") +
                           ", which no longer exists, so the lifelong rule does not apply.";
        }

        // 4./5. Current students.
        if (person.IsCurrentStudent)
        {
            var programmes = string.Join(", ", person.StudyRights.Where(r => r.IsCurrent).Select(r => r.Label).Distinct());
            if (definition.AllowStudentPreregistration && person.IsPreregistered)
            {
                return decision with
                {
                    Status = AlumniStatus.Student,
                    DecidedBy = AlumniStatusRule.PreregisteredStudent,
                    Reason = "Student" + under + ": current student of " + programmes + " who pre-registered on " +
                             Date(person.PreregisteredOn!.Value) +
                             "; the definition lets current students join before they graduate." + lifelongNote
                };
            }
            return decision with
            {
                Status = AlumniStatus.NotEligible,
                DecidedBy = AlumniStatusRule.CurrentStudentNotPreregistered,
                Reason = "Not eligible yet" + under + ": current student of " + programmes +
                         (definition.AllowStudentPreregistration
                             ? " who has not pre-registered."
                             : (person.IsPreregistered
                                 ? "; pre-registered, but the definition does not let current students join before they graduate."
                                 : "; the definition does not let current students join before they graduate.")) +
                         lifelongNote
            };
        }

        // 6. Studied here, but no result counts.
        if (qualifications.Count > 0)
        {
            return decision with
            {
                Status = AlumniStatus.FormerStudentWithoutQualifyingResult,
                DecidedBy = AlumniStatusRule.NoQualifyingResult,
                Reason = "Former student without a qualifying result" + under + ": " +
                         FailureSummary(assessments, person, definition) + lifelongNote
            };
        }

        // 7. Nothing connects the person under this definition.
        return decision with
        {
            Status = AlumniStatus.NotEligible,
            DecidedBy = AlumniStatusRule.NoConnection,
            Reason = "Not eligible" + under + ": no qualification records and not a current student" +
                     (person.IsStaff ? "; staff member, but the definition does not count staff." : ".") + lifelongNote
        };
    }

    /// <summary>Whether one qualification meets the definition, with every reason it fails.</summary>
    public static QualificationAssessment Assess(QualificationFacts qualification, AlumniDefinition definition)
    {
        var failures = new List<string>();
        var level = qualification.Level;
        var levels = definition.IncludedLevels ?? Array.Empty<DegreeLevel>();

        if (definition.RequiresCompletedDegree && !qualification.IsCompleted)
            failures.Add("not completed (FS status " + (string.IsNullOrWhiteSpace(qualification.FsStatus) ? "empty" : qualification.FsStatus!.Trim()) + ")");

        if (level == DegreeLevel.Exchange)
        {
            if (!definition.IncludeExchange) failures.Add("exchange students are not included");
        }
        else if (level == DegreeLevel.ContinuingEducation)
        {
            if (!definition.IncludeContinuingEducation) failures.Add("continuing education (EVU) is not included");
        }
        else if (level == null)
        {
            if (levels.Count > 0 || definition.RequiresCompletedDegree)
                failures.Add("its degree level is unknown");
        }
        else
        {
            if (levels.Count > 0 && !levels.Contains(level.Value))
                failures.Add("level " + DegreeLevelText.Describe(level) + " is not included (the definition takes " +
                             string.Join(", ", levels.Distinct().Select(l => DegreeLevelText.Describe(l))) + ")");
            else if (definition.RequiresCompletedDegree && !DegreeLevelText.IsDegree(level.Value))
                failures.Add(DegreeLevelText.Describe(level) + " does not award a degree, and a completed degree is required");
        }

        if (qualification.Credits < definition.MinimumCredits)
            failures.Add(Credits(qualification.Credits) + " credits is below the minimum " + Credits(definition.MinimumCredits));

        var described = Describe(qualification);
        return failures.Count == 0
            ? new QualificationAssessment(qualification.Id, qualification.Label, true, described + " counts.")
            : new QualificationAssessment(qualification.Id, qualification.Label, false,
                described + " does not count: " + string.Join("; ", failures) + ".");
    }

    /// <summary>"BØKL (Bachelor, completed 2021-06-15, 180 credits)".</summary>
    public static string Describe(QualificationFacts q) =>
        q.Label + " (" + DegreeLevelText.Describe(q.Level) + ", " +
        (q.IsCompleted ? "completed" + (q.AwardedOn.HasValue ? " " + Date(q.AwardedOn.Value) : "") : "not completed") +
        ", " + Credits(q.Credits) + " credits)";

    internal static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Credits(decimal credits) => credits.ToString("0.#", CultureInfo.InvariantCulture);

    private static string FailureSummary(IReadOnlyList<QualificationAssessment> assessments, PersonFacts person, AlumniDefinition definition)
    {
        // One sentence per qualification, so staff can read which result failed which requirement.
        var parts = assessments.Select(a => a.Explanation).ToList();
        if (parts.Count == 0) parts.Add("No qualification records.");
        if (person.IsStaff && !definition.IncludeStaff) parts.Add("Staff member, but the definition does not count staff.");
        return string.Join(" ", parts);
    }
}
