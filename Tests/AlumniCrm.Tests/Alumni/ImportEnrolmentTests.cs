using System.ServiceModel;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.Tests.Alumni;

/// <summary>Qualifications arriving like an FS import: statuses, reasons and automatic memberships.</summary>
public class ImportEnrolmentTests
{
    [Fact]
    public void One_CreateMultiple_of_qualifications_decides_each_status_and_enrols_graduates_in_their_networks()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var shipping = s.Org.SeedNetwork("Shipping og logistikk", s.Org.Technology, programmes: new[] { s.Org.ShippingBachelor });
        var institution = s.Org.SeedNetwork("USN alumni");
        var boardOnly = s.Org.SeedNetwork("Styrenettverk HH", s.Org.Business, autoEnrol: false, ruleFaculty: s.Org.Business);
        var economists = People.SeedContacts(s.Env, 3, "Econ");
        var shippers = People.SeedContacts(s.Env, 2, "Ship");
        var oneYear = People.SeedContacts(s.Env, 2, "OneYear");

        var awarded = new DateTime(2020, 6, 15);
        var ids = s.Import(economists.Select(c => People.CompletedQualification(c, s.Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, awarded))
            .Concat(shippers.Select(c => People.CompletedQualification(c, s.Org.ShippingBachelor, "SHIP", Choices.DegreeLevel.Bachelor, awarded)))
            .Concat(oneYear.Select(c => People.CompletedQualification(c, s.Org.EconomicsOneYear, "ÅRS-ØK", Choices.DegreeLevel.OneYearProgramme, awarded, 60m))));

        for (var i = 0; i < economists.Count; i++)
        {
            var contact = s.Contact(economists[i]);
            Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(economists[i]));
            Assert.Equal(ids[i], contact.GetAttributeValue<EntityReference>("alm_qualifyingqualificationid").Id);
            Assert.Equal(s.Org.DefinitionId, contact.GetAttributeValue<EntityReference>("alm_alumnidefinitionid").Id);
            Assert.Equal(awarded, contact.GetAttributeValue<DateTime>("alm_firstgraduationdate"));
            Assert.Equal(awarded, contact.GetAttributeValue<DateTime>("alm_latestgraduationdate"));
            Assert.Contains("Alumnus under 'USN': BØA (Bachelor, completed 2020-06-15, 180 credits)", contact.GetAttributeValue<string>("alm_alumnistatusreason"));
            Assert.Equal(new[] { business, institution }.Order(), s.MembershipsOf(economists[i]).Select(m => m.GetAttributeValue<EntityReference>("alm_networkid").Id).Order());
        }
        foreach (var shipper in shippers)
            Assert.Equal(new[] { shipping, institution }.Order(), s.MembershipsOf(shipper).Select(m => m.GetAttributeValue<EntityReference>("alm_networkid").Id).Order());
        foreach (var person in oneYear)
        {
            Assert.Equal(Choices.AlumniStatus.FormerStudentWithoutQualifyingResult, s.StatusOf(person));
            Assert.Contains("One-year programme does not award a degree", s.Contact(person).GetAttributeValue<string>("alm_alumnistatusreason"));
            Assert.Empty(s.MembershipsOf(person));
        }
        Assert.Empty(s.MembershipsIn(boardOnly));
        Assert.Equal(10, s.Memberships().Count);
    }

    [Fact]
    public void An_automatic_membership_is_active_automatic_joined_today_and_owned_by_the_network_faculty_team()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var institution = s.Org.SeedNetwork("USN alumni");
        var person = People.SeedContacts(s.Env, 1)[0];

        s.ImportEconomicsGraduates(new[] { person });

        var faculty = s.MembershipsIn(business).Single();
        Assert.Equal(Choices.MembershipStatus.Active, faculty.GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
        Assert.Equal(Choices.MembershipSource.Automatic, faculty.GetAttributeValue<OptionSetValue>("alm_membershipsource").Value);
        Assert.Equal(s.Today, faculty.GetAttributeValue<DateTime>("alm_joinedon"));
        Assert.Equal(s.Org.Business.TeamId, faculty.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal("Handelshøyskolen alumni – Graduate 00001", faculty.GetAttributeValue<string>("alm_name"));
        Assert.Equal(s.Org.CentralTeam, s.MembershipsIn(institution).Single().GetAttributeValue<EntityReference>("ownerid").Id);
    }

    [Fact]
    public void A_member_who_left_is_never_enrolled_again_by_a_later_qualification()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var institution = s.Org.SeedNetwork("USN alumni");
        var person = People.SeedContacts(s.Env, 1)[0];
        var left = s.SeedMembership(person, business, Choices.MembershipStatus.Left, leftOn: new DateTime(2024, 3, 5));

        s.ImportEconomicsGraduates(new[] { person });
        s.Import(new[] { People.CompletedQualification(person, s.Org.EconomicsMaster, "MØA", Choices.DegreeLevel.Master, new DateTime(2023, 6, 20)) });

        var inBusiness = s.MembershipsIn(business).Single();
        Assert.Equal(left, inBusiness.Id);
        Assert.Equal(Choices.MembershipStatus.Left, inBusiness.GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
        Assert.Single(s.MembershipsIn(institution));
    }

    [Fact]
    public void Several_qualifications_of_one_person_in_one_batch_or_later_never_duplicate_a_membership()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var person = People.SeedContacts(s.Env, 1)[0];

        s.Import(new[]
        {
            People.CompletedQualification(person, s.Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, new DateTime(2018, 6, 15)),
            People.CompletedQualification(person, s.Org.EconomicsMaster, "MØA", Choices.DegreeLevel.Master, new DateTime(2020, 6, 15)),
        });
        s.Import(new[] { People.CompletedQualification(person, s.Org.EconomicsOneYear, "ÅRS-ØK", Choices.DegreeLevel.OneYearProgramme, new DateTime(2022, 6, 15), 60m) });

        Assert.Single(s.MembershipsIn(business));
        var contact = s.Contact(person);
        Assert.Equal(new DateTime(2018, 6, 15), contact.GetAttributeValue<DateTime>("alm_firstgraduationdate"));
        Assert.Equal(new DateTime(2022, 6, 15), contact.GetAttributeValue<DateTime>("alm_latestgraduationdate"));
        Assert.Contains("1 other qualification also count", contact.GetAttributeValue<string>("alm_alumnistatusreason"));
    }

    [Fact]
    public void A_failed_membership_write_rolls_back_the_whole_qualification_import()
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var people = People.SeedContacts(s.Env, 5);
        s.Env.Faults.FailNext("CreateMultiple", "alm_networkmembership");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => s.ImportEconomicsGraduates(people));

        Assert.Contains("QualificationChangedPlugin failed", fault.Detail.Message);
        Assert.Empty(s.Env.Store.All("alm_qualification"));
        Assert.Empty(s.Memberships());
        Assert.All(people, p => Assert.Null(s.StatusOf(p)));
    }

    [Fact]
    public void Completing_a_qualification_later_makes_the_person_an_alumnus_and_enrols_them()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var person = People.SeedContacts(s.Env, 1)[0];
        var qualification = s.Import(new[] { People.UnfinishedQualification(person, s.Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor) })[0];
        Assert.Equal(Choices.AlumniStatus.FormerStudentWithoutQualifyingResult, s.StatusOf(person));
        Assert.Contains("not completed (FS status AVBRUTT)", s.Contact(person).GetAttributeValue<string>("alm_alumnistatusreason"));
        Assert.Empty(s.MembershipsIn(business));

        s.Service.Update(new Entity("alm_qualification", qualification)
        {
            ["alm_fsstatus"] = "FULLFØRT",
            ["alm_iscompleted"] = true,
            ["alm_awardedon"] = new DateTime(2024, 12, 20),
            ["alm_credits"] = 180m,
        });

        Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(person));
        Assert.Single(s.MembershipsIn(business));
    }

    [Fact]
    public void Deleting_the_deciding_qualification_decides_afresh_but_never_removes_a_membership()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var person = People.SeedContacts(s.Env, 1)[0];
        var qualification = s.ImportEconomicsGraduates(new[] { person })[0];

        s.Service.Delete("alm_qualification", qualification);

        Assert.Equal(Choices.AlumniStatus.NotEligible, s.StatusOf(person));
        Assert.Contains("no longer exists", s.Contact(person).GetAttributeValue<string>("alm_alumnistatusreason"));
        Assert.Null(s.Contact(person).GetAttributeValue<EntityReference>("alm_qualifyingqualificationid"));
        Assert.Equal(Choices.MembershipStatus.Active, s.MembershipsIn(business).Single().GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
    }

    [Fact]
    public void Reimporting_unchanged_qualifications_writes_no_contact_and_creates_no_membership()
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var people = People.SeedContacts(s.Env, 4);
        var ids = s.ImportEconomicsGraduates(people);
        s.Env.Requests.Reset();

        s.Service.Execute(new UpdateMultipleRequest
        {
            Targets = People.Batch(ids.Select(id => new Entity("alm_qualification", id) { ["alm_credits"] = 180m }), "alm_qualification"),
        });

        Assert.Equal(0, s.Env.Requests.Count("UpdateMultiple", "contact"));
        Assert.Equal(0, s.Env.Requests.Count("CreateMultiple", "alm_networkmembership"));
        Assert.Equal(4, s.Memberships().Count);
    }
}
