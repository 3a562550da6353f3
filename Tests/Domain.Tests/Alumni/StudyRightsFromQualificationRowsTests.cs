using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Tests.Alumni;

public class StudyRightsFromQualificationRowsTests
{
    private static QualificationFacts Row(string? fsStatus, bool completedFlag = false) => new()
    {
        Id = Guid.NewGuid(),
        ProgrammeId = Guid.NewGuid(),
        ProgrammeCode = "BØA",
        Level = DegreeLevel.Bachelor,
        Credits = 60m,
        FsStatus = fsStatus,
        IsCompletedFlag = completedFlag,
    };

    [Theory]
    [InlineData("AKTIV")]
    [InlineData("PERMISJON")]
    [InlineData(" aktiv ")]
    public void A_row_with_an_in_force_FS_status_and_no_completion_is_a_current_study_right(string status)
    {
        var row = Row(status);

        Assert.True(row.IsStudyRightInForce);
        var right = row.ToStudyRight();
        Assert.True(right.IsCurrent);
        Assert.Equal("BØA", right.Label);
        Assert.Equal(row.ProgrammeId, right.ProgrammeId);
        Assert.Equal(DegreeLevel.Bachelor, right.Level);
    }

    [Theory]
    [InlineData("FULLFØRT")]
    [InlineData("AVBRUTT")]
    [InlineData("SLUTTET")]
    [InlineData("")]
    [InlineData(null)]
    public void Completed_ended_or_unknown_rows_are_not_study_rights(string? status)
    {
        Assert.False(Row(status).IsStudyRightInForce);
    }

    [Fact]
    public void A_row_marked_completed_by_staff_is_not_a_study_right_even_with_status_AKTIV()
    {
        Assert.False(Row("AKTIV", completedFlag: true).IsStudyRightInForce);
    }

    [Fact]
    public void StudyRightsAmong_keeps_only_the_rights_in_force()
    {
        var rights = PersonFacts.StudyRightsAmong(new[] { Row("AKTIV"), Row("FULLFØRT"), Row("AVBRUTT"), Row("PERMISJON") });

        Assert.Equal(2, rights.Count);
        Assert.All(rights, r => Assert.True(r.IsCurrent));
    }

    [Fact]
    public void ResultsAmong_keeps_everything_but_the_rights_in_force()
    {
        var completed = Row("FULLFØRT");
        var dropped = Row("AVBRUTT");

        var results = PersonFacts.ResultsAmong(new[] { Row("AKTIV"), completed, dropped, Row("PERMISJON") });

        Assert.Equal(new[] { completed, dropped }, results);
    }

    private static PersonFacts PersonWith(DateTime? preregisteredOn, params QualificationFacts[] rows) => new()
    {
        PersonId = Guid.NewGuid(),
        Qualifications = PersonFacts.ResultsAmong(rows),
        StudyRights = PersonFacts.StudyRightsAmong(rows),
        PreregisteredOn = preregisteredOn,
    };

    [Fact]
    public void A_preregistered_current_student_is_a_Student_when_the_definition_allows_it()
    {
        var definition = new AlumniDefinition { Id = Guid.NewGuid(), Name = "BI", AllowStudentPreregistration = true };

        var decision = AlumniStatusRules.Decide(PersonWith(new DateTime(2025, 1, 10), Row("AKTIV")), definition);

        Assert.Equal(AlumniStatus.Student, decision.Status);
        Assert.Contains("BØA", decision.Reason);
    }

    [Fact]
    public void Credits_of_a_programme_still_in_progress_do_not_make_a_current_student_an_alumnus_under_a_one_credit_rule()
    {
        var nhh = new AlumniDefinition { Id = Guid.NewGuid(), Name = "NHH", MinimumCredits = 1m };

        var decision = AlumniStatusRules.Decide(PersonWith(null, Row("AKTIV")), nhh);

        Assert.NotEqual(AlumniStatus.Alumnus, decision.Status);
    }

    [Fact]
    public void A_graduate_who_studies_again_stays_an_alumnus_through_the_completed_result()
    {
        var definition = new AlumniDefinition { Id = Guid.NewGuid(), Name = "USN", RequiresCompletedDegree = true };
        var completed = Row("FULLFØRT") with { AwardedOn = new DateTime(2020, 6, 15), Credits = 180m };

        var decision = AlumniStatusRules.Decide(PersonWith(null, completed, Row("AKTIV")), definition);

        Assert.Equal(AlumniStatus.Alumnus, decision.Status);
        Assert.Equal(completed.Id, decision.DecidingQualificationId);
    }
}
