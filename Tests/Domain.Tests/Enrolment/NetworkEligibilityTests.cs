using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using static AlumniCrm.Domain.Tests.Alumni.Facts;
using static AlumniCrm.Domain.Tests.Enrolment.Networks;

namespace AlumniCrm.Domain.Tests.Enrolment;

public class NetworkEligibilityTests
{
    private static readonly QualificationFacts ShippingBachelor =
        Qualification("BSHIP", DegreeLevel.Bachelor, 180, new DateTime(2022, 6, 20), faculty: BusinessSchool);
    private static readonly QualificationFacts MediaMaster =
        Qualification("MAMEDIE", DegreeLevel.Master, 120, new DateTime(2021, 6, 10), faculty: MediaFaculty, institute: MediaInstitute);

    // --- Institution level ---

    [Fact]
    public void Institution_network_without_scope_covers_every_alumnus()
    {
        var result = Evaluate(Person(ShippingBachelor), Institution());
        Assert.True(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.Scope && r.IsMet && r.Text.Contains("whole institution"));
    }

    [Fact]
    public void Institution_network_covers_a_staff_alumnus_without_any_qualification()
    {
        var staff = Person() with { IsStaff = true };
        Assert.True(Evaluate(staff, Institution(), Usn with { IncludeStaff = true }).IsEligible);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Former_students_and_the_not_eligible_are_never_in_the_audience(bool withQualification)
    {
        var person = withQualification ? Person(Qualification("BSHIP", DegreeLevel.Bachelor, 60, completed: false)) : Person();
        var result = Evaluate(person, Institution() with { IncludeCurrentStudents = true });
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.AlumniStatus && !r.IsMet);
    }

    // --- Programme scope ---

    [Fact]
    public void Programme_network_takes_graduates_of_its_programme_and_names_it()
    {
        var result = Evaluate(Person(ShippingBachelor), ForProgrammes("Shipping alumni", "BSHIP", "MSHIP"));
        Assert.True(result.IsEligible);
        Assert.Equal(ShippingBachelor.Id, result.MatchedQualificationId);
        Assert.Equal("BSHIP", result.MatchedProgrammeCode);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.Scope && r.IsMet && r.Text.Contains("BSHIP is one of the network's programmes"));
    }

    [Fact]
    public void Programme_network_rejects_graduates_of_other_programmes_naming_their_programme()
    {
        var result = Evaluate(Person(MediaMaster), ForProgrammes("Shipping alumni", "BSHIP"));
        Assert.False(result.IsEligible);
        var scope = Assert.Single(result.Reasons, r => r.Criterion == EligibilityCriterion.Scope);
        Assert.False(scope.IsMet);
        Assert.Contains("MAMEDIE is not one of the network's programmes", scope.Text);
        Assert.Contains("Not met: MAMEDIE", result.ReasonLines);
    }

    [Fact]
    public void Any_one_matching_qualification_is_enough()
    {
        var result = Evaluate(Person(MediaMaster, ShippingBachelor), ForProgrammes("Shipping alumni", "BSHIP"));
        Assert.True(result.IsEligible);
        Assert.Equal(ShippingBachelor.Id, result.MatchedQualificationId);
    }

    [Fact]
    public void Unfinished_programme_does_not_tie_an_alumnus_to_its_network()
    {
        var dropout = Qualification("BSHIP", DegreeLevel.Bachelor, 60, completed: false);
        var result = Evaluate(Person(MediaMaster, dropout), ForProgrammes("Shipping alumni", "BSHIP"));
        Assert.False(result.IsEligible);
    }

    [Fact]
    public void Result_the_definition_counts_ties_the_person_even_if_not_completed_nhh()
    {
        var course = Qualification("BUS401", DegreeLevel.SingleCourse, 7.5m, completed: false);
        var result = Evaluate(Person(course), ForProgrammes("BUS401 network", "BUS401"), Nhh);
        Assert.True(result.IsEligible);
        Assert.Equal(course.Id, result.MatchedQualificationId);
    }

    [Fact]
    public void Lifelong_alumnus_is_matched_through_the_qualification_that_made_them_alumni()
    {
        var course = Qualification("BUS401", DegreeLevel.SingleCourse, 7.5m, completed: false);
        var person = Person(course) with { Prior = new PriorAlumniDecision(AlumniStatus.Alumnus, course.Id) };
        var result = Evaluate(person, ForProgrammes("BUS401 network", "BUS401"), Nhh with { MinimumCredits = 30 });
        Assert.True(result.IsEligible);
    }

    // --- Faculty and institute scope ---

    [Fact]
    public void Faculty_network_takes_graduates_of_programmes_of_that_faculty()
    {
        Assert.True(Evaluate(Person(MediaMaster), ForFaculty("HF alumni", MediaFaculty)).IsEligible);
        var other = Evaluate(Person(ShippingBachelor), ForFaculty("HF alumni", MediaFaculty));
        Assert.False(other.IsEligible);
        Assert.Contains(other.Reasons, r => !r.IsMet && r.Text.Contains("BSHIP is not of the network's faculty"));
    }

    [Fact]
    public void Institute_network_takes_graduates_of_programmes_of_that_institute()
    {
        Assert.True(Evaluate(Person(MediaMaster), ForInstitute("X-IMK", MediaInstitute)).IsEligible);
        Assert.False(Evaluate(Person(MediaMaster), ForInstitute("IAKH alumni", HistoryInstitute)).IsEligible);
    }

    [Fact]
    public void Scopes_add_up_listed_programmes_or_the_institute()
    {
        var rule = ForInstitute("X-IMK", MediaInstitute) with { ProgrammeIds = new[] { Programme("BSHIP") } };
        Assert.True(Evaluate(Person(ShippingBachelor), rule).IsEligible);
        Assert.True(Evaluate(Person(MediaMaster), rule).IsEligible);
        var unrelated = Evaluate(Person(Qualification("BHIST", DegreeLevel.Bachelor, 180, institute: HistoryInstitute)), rule);
        Assert.False(unrelated.IsEligible);
        Assert.Contains(unrelated.Reasons, r => r.Text.Contains("BHIST is not one of the network's programmes nor of the network's institute"));
    }

    // --- Levels ---

    [Fact]
    public void Uio_master_only_network_takes_masters_and_explains_why_a_bachelor_is_out()
    {
        var rule = ForInstitute("IAKH alumni", HistoryInstitute) with { Levels = new[] { DegreeLevel.Master } };
        var master = Qualification("MAHIST", DegreeLevel.Master, 120, institute: HistoryInstitute);
        var bachelor = Qualification("BAHIST", DegreeLevel.Bachelor, 180, institute: HistoryInstitute);

        Assert.True(Evaluate(Person(master), rule, Nhh).IsEligible);
        var result = Evaluate(Person(bachelor), rule, Nhh);
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.Scope && r.IsMet);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.DegreeLevel && !r.IsMet &&
                                             r.Text.Contains("BAHIST is at level Bachelor; the network takes Master"));
    }

    [Fact]
    public void Empty_levels_take_every_level()
    {
        foreach (DegreeLevel level in Enum.GetValues(typeof(DegreeLevel)))
        {
            var q = Qualification("P", level, 60);
            Assert.True(Evaluate(Person(q), ForProgrammes("P net", "P"), Nhh with { IncludeExchange = true, IncludeContinuingEducation = true }).IsEligible, level.ToString());
        }
    }

    [Fact]
    public void Unknown_level_does_not_meet_a_level_restriction()
    {
        var result = Evaluate(Person(Qualification("P", null, 60)), Institution() with { Levels = new[] { DegreeLevel.Master } }, Nhh);
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Text.Contains("unknown level"));
    }

    // --- Credits ---

    [Theory]
    [InlineData(59.9, false)]
    [InlineData(60, true)]
    [InlineData(60.1, true)]
    public void Minimum_credits_is_inclusive(decimal credits, bool eligible)
    {
        var result = Evaluate(Person(Qualification("P", DegreeLevel.SingleCourse, credits)), Institution() with { MinimumCredits = 60 }, Nhh);
        Assert.Equal(eligible, result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.Credits && r.Text.Contains("the network requires at least 60"));
    }

    // --- Graduated within N years (inclusive: on or after the same day N years before as-of) ---

    [Fact]
    public void Graduated_exactly_n_years_before_as_of_is_within()
    {
        var result = Evaluate(Person(Qualification("P", DegreeLevel.Bachelor, 180, new DateTime(2020, 6, 15))),
            Institution() with { GraduatedWithinYears = 5 });
        Assert.True(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.GraduatedWithin && r.IsMet &&
                                             r.Text.Contains("on or after 2020-06-15"));
    }

    [Fact]
    public void Graduated_one_day_earlier_is_outside()
    {
        var result = Evaluate(Person(Qualification("P", DegreeLevel.Bachelor, 180, new DateTime(2020, 6, 14))),
            Institution() with { GraduatedWithinYears = 5 });
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.GraduatedWithin && !r.IsMet &&
                                             r.Text.Contains("P was awarded 2020-06-14, not within 5 years of 2025-06-15"));
    }

    [Fact]
    public void Time_of_day_of_as_of_and_award_does_not_move_the_boundary()
    {
        var q = Qualification("P", DegreeLevel.Bachelor, 180, new DateTime(2020, 6, 15, 23, 59, 0));
        Assert.True(Evaluate(Person(q), Institution() with { GraduatedWithinYears = 5 }, asOf: new DateTime(2025, 6, 15, 0, 0, 1)).IsEligible);
    }

    [Fact]
    public void Award_date_after_as_of_counts_as_within()
    {
        var q = Qualification("P", DegreeLevel.Bachelor, 180, new DateTime(2025, 12, 20));
        Assert.True(Evaluate(Person(q), Institution() with { GraduatedWithinYears = 1 }).IsEligible);
    }

    [Fact]
    public void Leap_day_as_of_falls_back_to_28_february()
    {
        Assert.Equal(new DateTime(2023, 2, 28), NetworkEligibility.GraduationCutoff(new DateTime(2024, 2, 29), 1));
        var q = Qualification("P", DegreeLevel.Bachelor, 180, new DateTime(2023, 2, 28));
        Assert.True(Evaluate(Person(q), Institution() with { GraduatedWithinYears = 1 }, asOf: new DateTime(2024, 2, 29)).IsEligible);
    }

    [Fact]
    public void Any_recent_qualification_meets_the_window_even_if_an_older_one_does_not()
    {
        var old = Qualification("B", DegreeLevel.Bachelor, 180, new DateTime(2010, 6, 1));
        var recent = Qualification("M", DegreeLevel.Master, 120, new DateTime(2024, 6, 1));
        var result = Evaluate(Person(old, recent), Institution() with { GraduatedWithinYears = 2 });
        Assert.True(result.IsEligible);
        Assert.Equal(recent.Id, result.MatchedQualificationId);
    }

    [Fact]
    public void Qualification_without_award_date_cannot_meet_the_window()
    {
        var q = Qualification("P", DegreeLevel.Bachelor, 180) with { AwardedOn = null };
        var result = Evaluate(Person(q), Institution() with { GraduatedWithinYears = 5 });
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Text.Contains("P has no graduation date"));
    }

    [Fact]
    public void All_criteria_must_hold_for_the_same_qualification()
    {
        var oldMaster = Qualification("MSHIP", DegreeLevel.Master, 120, new DateTime(2010, 6, 1));
        var recentBachelor = Qualification("BSHIP", DegreeLevel.Bachelor, 180, new DateTime(2024, 6, 1));
        var rule = Institution() with { Levels = new[] { DegreeLevel.Master }, GraduatedWithinYears = 5 };
        var result = Evaluate(Person(oldMaster, recentBachelor), rule);
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => !r.IsMet && r.Text.Contains("MSHIP was awarded 2010-06-01"));
        Assert.Contains(result.Reasons, r => !r.IsMet && r.Text.Contains("BSHIP is at level Bachelor"));
    }

    // --- Current students ---

    [Fact]
    public void Preregistered_student_is_out_unless_the_network_includes_current_students()
    {
        var student = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master, MediaFaculty, MediaInstitute), new DateTime(2024, 9, 1));
        var excluded = Evaluate(student, ForInstitute("X-IMK", MediaInstitute), RecruitEarly);
        Assert.False(excluded.IsEligible);
        Assert.Contains(excluded.Reasons, r => r.Criterion == EligibilityCriterion.AlumniStatus && r.Text.Contains("does not include current students"));

        var included = Evaluate(student, ForInstitute("X-IMK", MediaInstitute) with { IncludeCurrentStudents = true }, RecruitEarly);
        Assert.True(included.IsEligible);
        Assert.True(included.MatchedAsCurrentStudent);
        Assert.Equal("MAMEDIE", included.MatchedProgrammeCode);
        Assert.Null(included.MatchedQualificationId);
    }

    [Fact]
    public void Student_of_another_programme_is_out_of_a_programme_network_including_students()
    {
        var student = Student(CurrentStudyRight("BSHIP", DegreeLevel.Bachelor), new DateTime(2024, 9, 1));
        var result = Evaluate(student, ForProgrammes("Media", "MAMEDIE") with { IncludeCurrentStudents = true }, RecruitEarly);
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => !r.IsMet && r.Text.Contains("current study right in BSHIP"));
    }

    [Fact]
    public void Credit_and_window_criteria_do_not_apply_to_current_students()
    {
        var student = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1));
        var rule = ForProgrammes("Media", "MAMEDIE") with { IncludeCurrentStudents = true, MinimumCredits = 60, GraduatedWithinYears = 2 };
        Assert.True(Evaluate(student, rule, RecruitEarly).IsEligible);
    }

    [Fact]
    public void Alumnus_who_studies_again_matches_through_the_new_study_right_when_students_are_included()
    {
        var person = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), null, ShippingBachelor);
        var rule = ForProgrammes("Media", "MAMEDIE") with { IncludeCurrentStudents = true };
        var result = Evaluate(person, rule, RecruitEarly);
        Assert.True(result.IsEligible);
        Assert.True(result.MatchedAsCurrentStudent);
        Assert.False(Evaluate(person, rule with { IncludeCurrentStudents = false }, RecruitEarly).IsEligible);
    }

    [Fact]
    public void Preregistered_student_with_no_study_right_in_scope_has_nothing_to_match()
    {
        var student = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master) with { IsActive = false }, new DateTime(2024, 9, 1));
        var decision = new AlumniStatusDecision { PersonId = student.PersonId, Status = AlumniStatus.Student };
        var result = NetworkEligibility.Evaluate(student, decision, ForProgrammes("Media", "MAMEDIE") with { IncludeCurrentStudents = true }, AsOf);
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Text.Contains("No current study right"));
    }

    [Fact]
    public void Institution_network_including_students_covers_a_preregistered_student_without_further_criteria()
    {
        var student = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1));
        Assert.True(Evaluate(student, Institution() with { IncludeCurrentStudents = true }, RecruitEarly).IsEligible);
    }

    [Fact]
    public void Staff_alumnus_without_studies_is_not_in_a_programme_network()
    {
        var staff = Person() with { IsStaff = true };
        var result = Evaluate(staff, ForProgrammes("Shipping alumni", "BSHIP"), Usn with { IncludeStaff = true });
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => !r.IsMet && r.Text.Contains("No completed qualification"));
    }

    // --- Network state ---

    [Theory]
    [InlineData(NetworkStatus.Planned)]
    [InlineData(NetworkStatus.Dormant)]
    [InlineData(NetworkStatus.Closed)]
    public void Inactive_network_has_nobody_eligible_and_says_so(NetworkStatus status)
    {
        var result = Evaluate(Person(ShippingBachelor), Institution() with { Status = status });
        Assert.False(result.IsEligible);
        Assert.Contains(result.Reasons, r => r.Criterion == EligibilityCriterion.NetworkActive && !r.IsMet && r.Text.Contains("not active"));
    }

    [Fact]
    public void Automatic_enrolment_switch_does_not_change_who_is_in_the_audience() =>
        Assert.True(Evaluate(Person(ShippingBachelor), Institution() with { AutoEnrol = false }).IsEligible);

    [Fact]
    public void Reason_lines_mark_each_criterion_met_or_not_one_per_line()
    {
        var result = Evaluate(Person(ShippingBachelor), ForProgrammes("Shipping alumni", "BSHIP") with { Levels = new[] { DegreeLevel.Bachelor } });
        var lines = result.ReasonLines.Split('\n');
        Assert.Equal(result.Reasons.Count, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("Met: ", l));
        Assert.Contains("Network 'Shipping alumni' is active.", lines[0]);
    }

    [Fact]
    public void Evaluate_all_answers_every_network()
    {
        var person = Person(ShippingBachelor);
        var decision = AlumniStatusRules.Decide(person, Usn);
        var results = NetworkEligibility.EvaluateAll(person, decision,
            new[] { Institution(), ForProgrammes("Shipping alumni", "BSHIP"), ForProgrammes("Media", "MAMEDIE") }, AsOf);
        Assert.Equal(new[] { true, true, false }, results.Select(r => r.IsEligible));
    }
}
