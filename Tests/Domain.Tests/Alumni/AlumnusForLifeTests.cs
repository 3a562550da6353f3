using AlumniCrm.Domain.Alumni;
using static AlumniCrm.Domain.Tests.Alumni.Facts;

namespace AlumniCrm.Domain.Tests.Alumni;

/// <summary>"An alumnus stays an alumnus for life": what happens when the definition narrows.</summary>
public class AlumnusForLifeTests
{
    private static readonly QualificationFacts Bachelor = Qualification("BØA", DegreeLevel.Bachelor, 180, new DateTime(2015, 6, 1));

    [Fact]
    public void Narrowing_to_master_only_keeps_a_bachelor_alumnus_an_alumnus()
    {
        var before = AlumniStatusRules.Decide(Person(Bachelor), OsloNyeHoyskole);
        Assert.Equal(AlumniStatus.Alumnus, before.Status);

        var person = Person(Bachelor) with { Prior = new PriorAlumniDecision(before.Status, before.DecidingQualificationId) };
        var after = AlumniStatusRules.Decide(person, MasterOnly);

        Assert.Equal(AlumniStatus.Alumnus, after.Status);
        Assert.Equal(AlumniStatusRule.AlumnusForLife, after.DecidedBy);
        Assert.Equal(Bachelor.Id, after.DecidingQualificationId);
        Assert.Contains("for life", after.Reason);
        Assert.Contains("BØA", after.Reason);
        Assert.Contains("Master only", after.Reason);
        Assert.Empty(after.QualifyingQualificationIds);
    }

    [Fact]
    public void Narrowing_the_credit_minimum_keeps_an_nhh_alumnus()
    {
        var course = Qualification("BUS401", DegreeLevel.SingleCourse, 7.5m);
        var person = Person(course) with { Prior = new PriorAlumniDecision(AlumniStatus.Alumnus, course.Id) };
        var after = AlumniStatusRules.Decide(person, Nhh with { MinimumCredits = 30 });
        Assert.Equal(AlumniStatus.Alumnus, after.Status);
        Assert.Contains("7.5 credits is below the minimum 30", after.Reason);
    }

    [Fact]
    public void Staff_alumnus_stays_an_alumnus_when_staff_are_no_longer_counted()
    {
        var person = Person() with { IsStaff = true, Prior = new PriorAlumniDecision(AlumniStatus.Alumnus, null) };
        var after = AlumniStatusRules.Decide(person, Usn);
        Assert.Equal(AlumniStatus.Alumnus, after.Status);
        Assert.Equal(AlumniStatusRule.AlumnusForLife, after.DecidedBy);
        Assert.Null(after.DecidingQualificationId);
    }

    [Fact]
    public void Lifelong_rule_does_not_apply_when_the_deciding_qualification_was_deleted()
    {
        var person = Person() with { Prior = new PriorAlumniDecision(AlumniStatus.Alumnus, Guid.NewGuid()) };
        var after = AlumniStatusRules.Decide(person, MasterOnly);
        Assert.Equal(AlumniStatus.NotEligible, after.Status);
        Assert.Contains("no longer exists", after.Reason);
    }

    [Fact]
    public void Lifelong_alumnus_who_starts_studying_again_stays_an_alumnus_not_a_student()
    {
        var person = Student(CurrentStudyRight("MØA", DegreeLevel.Master), new DateTime(2024, 1, 1), Bachelor) with
        {
            Prior = new PriorAlumniDecision(AlumniStatus.Alumnus, Bachelor.Id),
        };
        Assert.Equal(AlumniStatus.Alumnus, AlumniStatusRules.Decide(person, MasterOnly with { AllowStudentPreregistration = true }).Status);
    }

    [Theory]
    [InlineData(AlumniStatus.Student)]
    [InlineData(AlumniStatus.FormerStudentWithoutQualifyingResult)]
    [InlineData(AlumniStatus.NotEligible)]
    public void Only_an_alumnus_status_is_kept_for_life(AlumniStatus prior)
    {
        var person = Person(Bachelor) with { Prior = new PriorAlumniDecision(prior, null) };
        Assert.NotEqual(AlumniStatus.Alumnus, AlumniStatusRules.Decide(person, MasterOnly).Status);
    }

    [Fact]
    public void Preregistered_student_loses_student_status_when_preregistration_is_switched_off()
    {
        var person = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1)) with
        {
            Prior = new PriorAlumniDecision(AlumniStatus.Student, null),
        };
        Assert.Equal(AlumniStatus.NotEligible, AlumniStatusRules.Decide(person, RecruitEarly with { AllowStudentPreregistration = false }).Status);
    }

    [Fact]
    public void Widening_moves_a_former_student_to_alumnus_through_the_qualification()
    {
        var course = Qualification("BUS401", DegreeLevel.SingleCourse, 7.5m);
        var person = Person(course) with { Prior = new PriorAlumniDecision(AlumniStatus.FormerStudentWithoutQualifyingResult, null) };
        var after = AlumniStatusRules.Decide(person, Nhh);
        Assert.Equal(AlumniStatus.Alumnus, after.Status);
        Assert.Equal(AlumniStatusRule.QualifyingQualification, after.DecidedBy);
        Assert.True(after.DiffersFrom(person.Prior));
    }

    [Fact]
    public void Alumnus_still_qualifying_is_decided_by_the_qualification_not_by_the_lifelong_rule()
    {
        var person = Person(Bachelor) with { Prior = new PriorAlumniDecision(AlumniStatus.Alumnus, Bachelor.Id) };
        var after = AlumniStatusRules.Decide(person, OsloNyeHoyskole);
        Assert.Equal(AlumniStatusRule.QualifyingQualification, after.DecidedBy);
        Assert.False(after.DiffersFrom(person.Prior));
    }
}
