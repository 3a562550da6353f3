using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>
/// FS rows of programmes still in progress (status AKTIV) are study rights: current students who
/// signed up early are Students and join the networks that take students — never as alumni.
/// </summary>
public class CurrentStudentTests
{
    private static Entity ActiveStudyRight(Guid contactId, Guid programmeId, string code) =>
        new("alm_qualification")
        {
            ["alm_name"] = code,
            ["alm_contactid"] = new EntityReference("contact", contactId),
            ["alm_studyprogrammeid"] = new EntityReference("alm_studyprogramme", programmeId),
            ["alm_degreelevel"] = new OptionSetValue(Choices.DegreeLevel.Bachelor),
            ["alm_credits"] = 90m,
            ["alm_fsstatus"] = "AKTIV",
            ["alm_iscompleted"] = false,
            ["alm_sourcekey"] = "FS:" + contactId.ToString("N") + ":" + code,
        };

    [Fact]
    public void A_preregistered_current_student_becomes_Student_and_joins_only_networks_that_take_students()
    {
        var s = new AlumniScenario();
        var recruitEarly = s.Org.SeedNetwork("Handelshøyskolen – studenter og alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var alumniOnly = s.Org.SeedNetwork("USN alumni");
        s.Service.Update(new Entity("alm_network", recruitEarly) { ["alm_ruleincludestudents"] = true });
        s.Env.RunPendingAsync();
        var student = People.SeedContacts(s.Env, 1, "Student")[0];
        s.Service.Update(new Entity("contact", student) { ["alm_preregisteredon"] = s.Today });

        s.Import(new[] { ActiveStudyRight(student, s.Org.EconomicsBachelor, "BØA") });

        Assert.Equal(Choices.AlumniStatus.Student, s.StatusOf(student));
        Assert.Contains("BØA", s.Contact(student).GetAttributeValue<string>("alm_alumnistatusreason"));
        Assert.Single(s.MembershipsIn(recruitEarly));
        Assert.Empty(s.MembershipsIn(alumniOnly));
    }

    [Fact]
    public void A_current_student_who_did_not_sign_up_is_not_yet_eligible_and_joins_nothing()
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("USN alumni");
        var student = People.SeedContacts(s.Env, 1, "Student")[0];

        s.Import(new[] { ActiveStudyRight(student, s.Org.EconomicsBachelor, "BØA") });

        Assert.Equal(Choices.AlumniStatus.NotEligible, s.StatusOf(student));
        Assert.Empty(s.MembershipsOf(student));
    }
}
