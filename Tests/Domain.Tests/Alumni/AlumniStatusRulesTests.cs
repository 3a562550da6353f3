using AlumniCrm.Domain.Alumni;
using static AlumniCrm.Domain.Tests.Alumni.Facts;

namespace AlumniCrm.Domain.Tests.Alumni;

public class AlumniStatusRulesTests
{
    // --- NHH: one credit is enough ---

    [Fact]
    public void Nhh_one_credit_from_an_unfinished_single_course_makes_an_alumnus()
    {
        var course = Qualification("BUS401", DegreeLevel.SingleCourse, 1, completed: false);
        var decision = AlumniStatusRules.Decide(Person(course), Nhh);
        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
        Assert.Equal(course.Id, decision.DecidingQualificationId);
        Assert.Equal(AlumniStatusRule.QualifyingQualification, decision.DecidedBy);
        Assert.Contains("BUS401", decision.Reason);
        Assert.Contains("NHH", decision.Reason);
    }

    [Fact]
    public void Nhh_zero_credits_is_a_former_student_without_qualifying_result()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("BUS401", DegreeLevel.SingleCourse, 0, completed: false)), Nhh);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Null(decision.DecidingQualificationId);
        Assert.Contains("BUS401", decision.Reason);
        Assert.Contains("0 credits is below the minimum 1", decision.Reason);
    }

    [Fact]
    public void Nhh_minimum_is_inclusive_at_exactly_the_minimum()
    {
        var definition = Nhh with { MinimumCredits = 7.5m };
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(Qualification("X", DegreeLevel.SingleCourse, 7.5m)), definition).Status);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, AlumniStatusRules.Decide(Person(Qualification("X", DegreeLevel.SingleCourse, 7.4m)), definition).Status);
    }

    // --- Oslo Nye Høyskole: a completed bachelor or master ---

    [Theory]
    [InlineData(DegreeLevel.Bachelor)]
    [InlineData(DegreeLevel.Master)]
    public void Oslo_nye_completed_bachelor_or_master_makes_an_alumnus(DegreeLevel level)
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("ONH-PSY", level, 180)), OsloNyeHoyskole);
        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
        Assert.Contains("ONH-PSY", decision.Reason);
        Assert.Contains("Oslo Nye Høyskole", decision.Reason);
    }

    [Fact]
    public void Oslo_nye_unfinished_bachelor_is_a_former_student_and_the_reason_says_not_completed()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("ONH-PSY", DegreeLevel.Bachelor, 120, completed: false, fsStatus: "AVBRUTT")), OsloNyeHoyskole);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Contains("ONH-PSY", decision.Reason);
        Assert.Contains("not completed (FS status AVBRUTT)", decision.Reason);
    }

    [Theory]
    [InlineData(DegreeLevel.OneYearProgramme)]
    [InlineData(DegreeLevel.SingleCourse)]
    [InlineData(DegreeLevel.PhD)]
    public void Oslo_nye_other_levels_do_not_count(DegreeLevel level)
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("ONH-X", level, 60)), OsloNyeHoyskole);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Contains("is not included", decision.Reason);
    }

    // --- NTNU / UiO: master only ---

    [Fact]
    public void Master_only_completed_master_makes_an_alumnus_and_a_bachelor_does_not()
    {
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(Qualification("MØAADM", DegreeLevel.Master, 120)), MasterOnly).Status);
        var bachelor = AlumniStatusRules.Decide(Person(Qualification("BØA", DegreeLevel.Bachelor, 180)), MasterOnly);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, bachelor.Status);
        Assert.Contains("BØA", bachelor.Reason);
        Assert.Contains("level Bachelor is not included (the definition takes Master)", bachelor.Reason);
    }

    [Fact]
    public void Master_only_bachelor_plus_master_decides_on_the_master()
    {
        var bachelor = Qualification("BØA", DegreeLevel.Bachelor, 180, new DateTime(2018, 6, 1));
        var master = Qualification("MØAADM", DegreeLevel.Master, 120, new DateTime(2020, 6, 1));
        var decision = AlumniStatusRules.Decide(Person(bachelor, master), MasterOnly);
        Assert.Equal(master.Id, decision.DecidingQualificationId);
        Assert.Equal(new[] { master.Id }, decision.QualifyingQualificationIds);
    }

    [Fact]
    public void Completed_degree_counts_when_only_fs_says_fullfort()
    {
        var q = Qualification("MØAADM", DegreeLevel.Master, 120, new DateTime(2020, 6, 1)) with { IsCompletedFlag = false, FsStatus = " fullført " };
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(q), MasterOnly).Status);
    }

    [Fact]
    public void Completed_degree_counts_when_only_the_flag_says_so()
    {
        var q = Qualification("MØAADM", DegreeLevel.Master, 120, new DateTime(2020, 6, 1)) with { FsStatus = null };
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(q), MasterOnly).Status);
    }

    // --- USN: EVU included, exchange excluded ---

    [Fact]
    public void Usn_completed_evu_counts_even_though_it_is_no_degree()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("EVU-LEDELSE", DegreeLevel.ContinuingEducation, 15)), Usn);
        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
        Assert.Contains("EVU-LEDELSE", decision.Reason);
    }

    [Fact]
    public void Usn_unfinished_evu_does_not_count()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("EVU-LEDELSE", DegreeLevel.ContinuingEducation, 5, completed: false)), Usn);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
    }

    [Fact]
    public void Usn_exchange_is_excluded_with_a_reason()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("UTV-ERASMUS", DegreeLevel.Exchange, 30)), Usn);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Contains("UTV-ERASMUS", decision.Reason);
        Assert.Contains("exchange students are not included", decision.Reason);
    }

    [Fact]
    public void Exchange_counts_when_switched_on()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("UTV-ERASMUS", DegreeLevel.Exchange, 30)), Usn with { IncludeExchange = true });
        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
    }

    [Fact]
    public void Evu_is_excluded_when_switched_off_even_if_all_levels_are_included()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("EVU-LEDELSE", DegreeLevel.ContinuingEducation, 15)), Nhh);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Contains("continuing education (EVU) is not included", decision.Reason);
    }

    [Fact]
    public void Evu_switch_adds_evu_to_a_master_only_level_list()
    {
        var definition = MasterOnly with { IncludeContinuingEducation = true };
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(Qualification("EVU-X", DegreeLevel.ContinuingEducation, 10)), definition).Status);
    }

    [Theory]
    [InlineData(DegreeLevel.OneYearProgramme)]
    [InlineData(DegreeLevel.SingleCourse)]
    public void Completed_degree_requirement_rejects_non_degree_levels_even_with_all_levels(DegreeLevel level)
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("ÅRSV-GOV", level, 60)), Usn);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Contains("does not award a degree", decision.Reason);
    }

    [Theory]
    [InlineData(DegreeLevel.Bachelor)]
    [InlineData(DegreeLevel.Master)]
    [InlineData(DegreeLevel.PhD)]
    [InlineData(DegreeLevel.IntegratedProfessional)]
    public void Completed_degree_requirement_accepts_every_degree_level_when_levels_are_empty(DegreeLevel level) =>
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(Qualification("P", level, 180)), Usn).Status);

    [Fact]
    public void Unknown_level_counts_only_when_nothing_restricts_levels()
    {
        var unknown = Qualification("ODD", null, 30);
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(Person(unknown), Nhh).Status);
        var strict = AlumniStatusRules.Decide(Person(unknown), Usn);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, strict.Status);
        Assert.Contains("ODD", strict.Reason);
        Assert.Contains("degree level is unknown", strict.Reason);
    }

    [Fact]
    public void Every_failing_requirement_of_a_qualification_is_listed()
    {
        var assessment = AlumniStatusRules.Assess(Qualification("BØA", DegreeLevel.Bachelor, 30, completed: false), MasterOnly with { MinimumCredits = 60 });
        Assert.False(assessment.Counts);
        Assert.Contains("not completed", assessment.Explanation);
        Assert.Contains("level Bachelor is not included", assessment.Explanation);
        Assert.Contains("30 credits is below the minimum 60", assessment.Explanation);
    }

    [Fact]
    public void Former_student_reason_names_each_qualification()
    {
        var decision = AlumniStatusRules.Decide(Person(
            Qualification("BØA", DegreeLevel.Bachelor, 180),
            Qualification("ÅRSV-GOV", DegreeLevel.OneYearProgramme, 60)), MasterOnly);
        Assert.Contains("BØA", decision.Reason);
        Assert.Contains("ÅRSV-GOV", decision.Reason);
        Assert.Equal(2, decision.Assessments.Count);
        Assert.All(decision.Assessments, a => Assert.False(a.Counts));
    }

    // --- Staff ---

    [Fact]
    public void Staff_count_as_alumni_when_the_definition_includes_staff()
    {
        var person = Person() with { IsStaff = true };
        var decision = AlumniStatusRules.Decide(person, Usn with { IncludeStaff = true });
        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
        Assert.Equal(AlumniStatusRule.IncludedStaff, decision.DecidedBy);
        Assert.Null(decision.DecidingQualificationId);
        Assert.Contains("staff", decision.Reason);
    }

    [Fact]
    public void Staff_without_studies_are_not_eligible_when_staff_are_excluded_and_the_reason_says_so()
    {
        var decision = AlumniStatusRules.Decide(Person() with { IsStaff = true }, Usn);
        Assert.Equal(AlumniStatus.NotEligible, decision.Status);
        Assert.Contains("does not count staff", decision.Reason);
    }

    [Fact]
    public void A_qualifying_degree_wins_over_staff_so_the_qualification_is_recorded()
    {
        var master = Qualification("M", DegreeLevel.Master, 120);
        var decision = AlumniStatusRules.Decide(Person(master) with { IsStaff = true }, Usn with { IncludeStaff = true });
        Assert.Equal(AlumniStatusRule.QualifyingQualification, decision.DecidedBy);
        Assert.Equal(master.Id, decision.DecidingQualificationId);
    }

    [Fact]
    public void Excluded_staff_with_an_unfinished_programme_are_former_students()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("B", DegreeLevel.Bachelor, 60, completed: false)) with { IsStaff = true }, Usn);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
        Assert.Contains("does not count staff", decision.Reason);
    }

    // --- Current students and pre-registration (X-IMK, BI, Aalto: recruit early) ---

    [Fact]
    public void Preregistered_current_student_is_a_student_when_allowed()
    {
        var person = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1));
        var decision = AlumniStatusRules.Decide(person, RecruitEarly);
        Assert.Equal(AlumniStatus.Student, decision.Status);
        Assert.Equal(AlumniStatusRule.PreregisteredStudent, decision.DecidedBy);
        Assert.Contains("MAMEDIE", decision.Reason);
        Assert.Contains("2024-09-01", decision.Reason);
    }

    [Fact]
    public void Preregistered_current_student_is_not_eligible_when_the_definition_does_not_allow_it()
    {
        var decision = AlumniStatusRules.Decide(Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1)), Usn);
        Assert.Equal(AlumniStatus.NotEligible, decision.Status);
        Assert.Equal(AlumniStatusRule.CurrentStudentNotPreregistered, decision.DecidedBy);
        Assert.Contains("does not let current students join", decision.Reason);
    }

    [Fact]
    public void Current_student_who_has_not_preregistered_is_not_eligible_yet()
    {
        var decision = AlumniStatusRules.Decide(Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master)), RecruitEarly);
        Assert.Equal(AlumniStatus.NotEligible, decision.Status);
        Assert.Contains("not pre-registered", decision.Reason);
        Assert.Contains("MAMEDIE", decision.Reason);
    }

    [Fact]
    public void Current_student_with_an_earlier_qualifying_degree_is_an_alumnus()
    {
        var bachelor = Qualification("BAMEDIE", DegreeLevel.Bachelor, 180);
        var decision = AlumniStatusRules.Decide(Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1), bachelor), RecruitEarly);
        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
        Assert.Equal(bachelor.Id, decision.DecidingQualificationId);
    }

    [Fact]
    public void Current_student_with_a_non_qualifying_result_is_not_called_a_former_student()
    {
        var decision = AlumniStatusRules.Decide(Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), null,
            Qualification("EX1", DegreeLevel.SingleCourse, 10)), RecruitEarly);
        Assert.Equal(AlumniStatus.NotEligible, decision.Status);
    }

    [Fact]
    public void Completed_or_inactive_study_rights_do_not_make_a_current_student()
    {
        var completed = CurrentStudyRight("MAMEDIE", DegreeLevel.Master) with { IsCompleted = true };
        var inactive = CurrentStudyRight("MAMEDIE", DegreeLevel.Master) with { IsActive = false };
        Assert.False(Student(completed).IsCurrentStudent);
        Assert.False(Student(inactive).IsCurrentStudent);
        Assert.Equal(AlumniStatus.NotEligible, AlumniStatusRules.Decide(Student(inactive, new DateTime(2024, 1, 1)), RecruitEarly).Status);
    }

    [Fact]
    public void Preregistered_student_who_dropped_out_becomes_a_former_student()
    {
        var droppedOut = CurrentStudyRight("MAMEDIE", DegreeLevel.Master) with { IsActive = false };
        var decision = AlumniStatusRules.Decide(Student(droppedOut, new DateTime(2023, 9, 1),
            Qualification("MAMEDIE", DegreeLevel.Master, 30, completed: false)), RecruitEarly);
        Assert.Equal(AlumniStatus.FormerStudentWithoutQualifyingResult, decision.Status);
    }

    // --- Nobody ---

    [Fact]
    public void Person_with_nothing_is_not_eligible()
    {
        var decision = AlumniStatusRules.Decide(Person(), Nhh);
        Assert.Equal(AlumniStatus.NotEligible, decision.Status);
        Assert.Equal(AlumniStatusRule.NoConnection, decision.DecidedBy);
        Assert.Contains("no qualification records", decision.Reason);
    }

    // --- Deciding qualification and graduation dates ---

    [Fact]
    public void Earliest_qualifying_qualification_decides()
    {
        var later = Qualification("M", DegreeLevel.Master, 120, new DateTime(2022, 6, 1));
        var earlier = Qualification("B", DegreeLevel.Bachelor, 180, new DateTime(2019, 6, 1));
        var decision = AlumniStatusRules.Decide(Person(later, earlier), Usn);
        Assert.Equal(earlier.Id, decision.DecidingQualificationId);
        Assert.Contains("1 other qualification also count", decision.Reason);
    }

    [Fact]
    public void Graduation_dates_span_completed_qualifications_of_any_level_only()
    {
        var course = Qualification("C", DegreeLevel.SingleCourse, 10, new DateTime(2015, 12, 20));
        var bachelor = Qualification("B", DegreeLevel.Bachelor, 180, new DateTime(2019, 6, 1));
        var unfinished = Qualification("M", DegreeLevel.Master, 60, new DateTime(2023, 6, 1), completed: false);
        var decision = AlumniStatusRules.Decide(Person(course, bachelor, unfinished), MasterOnly);
        Assert.Equal(new DateTime(2015, 12, 20), decision.FirstGraduationDate);
        Assert.Equal(new DateTime(2019, 6, 1), decision.LatestGraduationDate);
    }

    [Fact]
    public void Graduation_dates_are_empty_without_completed_qualifications()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("M", DegreeLevel.Master, 60, completed: false)), Nhh);
        Assert.Null(decision.FirstGraduationDate);
        Assert.Null(decision.LatestGraduationDate);
    }

    [Fact]
    public void Graduation_dates_drop_the_time_of_day()
    {
        var decision = AlumniStatusRules.Decide(Person(Qualification("B", DegreeLevel.Bachelor, 180, new DateTime(2019, 6, 1, 23, 0, 0))), Usn);
        Assert.Equal(new DateTime(2019, 6, 1), decision.FirstGraduationDate);
    }

    [Fact]
    public void Decision_carries_the_definition_and_person()
    {
        var definitionId = Guid.NewGuid();
        var person = Person(Qualification("B", DegreeLevel.Bachelor, 180));
        var decision = AlumniStatusRules.Decide(person, Usn with { Id = definitionId });
        Assert.Equal(definitionId, decision.DefinitionId);
        Assert.Equal(person.PersonId, decision.PersonId);
    }

    [Fact]
    public void Decision_differs_from_stored_values_only_when_status_or_qualification_changes()
    {
        var bachelor = Qualification("B", DegreeLevel.Bachelor, 180);
        var decision = AlumniStatusRules.Decide(Person(bachelor), Usn);
        Assert.False(decision.DiffersFrom(new PriorAlumniDecision(AlumniStatus.Alumnus, bachelor.Id)));
        Assert.True(decision.DiffersFrom(new PriorAlumniDecision(AlumniStatus.Alumnus, Guid.NewGuid())));
        Assert.True(decision.DiffersFrom(new PriorAlumniDecision(AlumniStatus.Student, bachelor.Id)));
        Assert.True(decision.DiffersFrom(null));
    }

    [Fact]
    public void Status_values_are_the_dataverse_option_values()
    {
        Assert.Equal(842100000, (int)AlumniStatus.Student);
        Assert.Equal(842100001, (int)AlumniStatus.Alumnus);
        Assert.Equal(842100002, (int)AlumniStatus.FormerStudentWithoutQualifyingResult);
        Assert.Equal(842100003, (int)AlumniStatus.NotEligible);
        Assert.Equal(842100000, (int)DegreeLevel.Bachelor);
        Assert.Equal(842100007, (int)DegreeLevel.Exchange);
    }
}
