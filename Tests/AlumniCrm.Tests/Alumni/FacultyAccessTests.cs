using System.ServiceModel;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>docs/security.md: a faculty team reads a person while they are active in one of its networks.</summary>
public class FacultyAccessTests
{
    [Fact]
    public void Enrolment_shares_the_person_with_the_faculty_team_of_the_network_only()
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        s.Org.SeedNetwork("USN alumni");
        var person = People.SeedContacts(s.Env, 1)[0];

        s.ImportEconomicsGraduates(new[] { person });

        Assert.Empty(s.Env.AsyncJobs.Failed);
        var contact = new EntityReference("contact", person);
        Assert.True(s.Env.Sharing.HasAccess(contact, s.Org.Business.Team, AccessRights.ReadAccess));
        Assert.False(s.Env.Sharing.HasAccess(contact, s.Org.Technology.Team, AccessRights.ReadAccess));
        Assert.Single(s.Env.Sharing.SharesOf(contact));
    }

    [Fact]
    public void Leaving_one_of_two_faculty_networks_keeps_the_share_and_leaving_the_last_revokes_it()
    {
        var s = new AlumniScenario();
        var facultyWide = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var programme = s.Org.SeedNetwork("BØA-nettverket", s.Org.Business, programmes: new[] { s.Org.EconomicsBachelor });
        var person = People.SeedContacts(s.Env, 1)[0];
        s.ImportEconomicsGraduates(new[] { person });
        var contact = new EntityReference("contact", person);

        Leave(s, s.MembershipsIn(facultyWide).Single().Id);
        Assert.True(s.Env.Sharing.HasAccess(contact, s.Org.Business.Team, AccessRights.ReadAccess));

        Leave(s, s.MembershipsIn(programme).Single().Id);
        Assert.False(s.Env.Sharing.HasAccess(contact, s.Org.Business.Team, AccessRights.ReadAccess));
        Assert.Empty(s.Env.AsyncJobs.Failed);
    }

    [Fact]
    public void Rejoining_grants_again_and_deleting_the_last_membership_revokes()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Shipping og logistikk", s.Org.Technology, programmes: new[] { s.Org.ShippingBachelor });
        var person = People.SeedContacts(s.Env, 1)[0];
        s.Import(new[] { People.CompletedQualification(person, s.Org.ShippingBachelor, "SHIP", Choices.DegreeLevel.Bachelor, new DateTime(2022, 6, 1)) });
        var membership = s.MembershipsIn(network).Single().Id;
        var contact = new EntityReference("contact", person);
        Leave(s, membership);
        Assert.False(s.Env.Sharing.HasAccess(contact, s.Org.Technology.Team, AccessRights.ReadAccess));

        s.Service.Update(new Entity("alm_networkmembership", membership) { ["alm_membershipstatus"] = new OptionSetValue(Choices.MembershipStatus.Active) });
        Assert.True(s.Env.Sharing.HasAccess(contact, s.Org.Technology.Team, AccessRights.ReadAccess));

        s.Service.Delete("alm_networkmembership", membership);
        Assert.False(s.Env.Sharing.HasAccess(contact, s.Org.Technology.Team, AccessRights.ReadAccess));
        Assert.Empty(s.Env.AsyncJobs.Failed);
    }

    [Fact]
    public void A_membership_added_by_hand_goes_to_the_faculty_team_with_defaults_and_is_shared()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Optometri alumni", s.Org.Health, autoEnrol: false);
        var person = People.SeedContacts(s.Env, 1)[0];

        var id = s.Service.Create(new Entity("alm_networkmembership")
        {
            ["alm_name"] = "Optometri alumni – Graduate 00001",
            ["alm_contactid"] = new EntityReference("contact", person),
            ["alm_networkid"] = new EntityReference("alm_network", network),
        });

        var row = s.Env.Store.Get("alm_networkmembership", id)!;
        Assert.Equal(s.Org.Health.TeamId, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(Choices.MembershipStatus.Active, row.GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
        Assert.Equal(Choices.MembershipSource.Staff, row.GetAttributeValue<OptionSetValue>("alm_membershipsource").Value);
        Assert.Equal(s.Today, row.GetAttributeValue<DateTime>("alm_joinedon"));
        Assert.True(s.Env.Sharing.HasAccess(new EntityReference("contact", person), s.Org.Health.Team, AccessRights.ReadAccess));
    }

    [Fact]
    public void A_second_membership_of_the_same_person_and_network_added_by_hand_is_refused_with_who_what_and_why()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var contact = new Entity("contact") { ["firstname"] = "Kari", ["lastname"] = "Nordmann", ["fullname"] = "Kari Nordmann" };
        s.Env.Seed(contact);
        s.SeedMembership(contact.Id, network, Choices.MembershipStatus.Left, leftOn: new DateTime(2024, 3, 5));

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => s.Service.Create(new Entity("alm_networkmembership")
        {
            ["alm_name"] = "again",
            ["alm_contactid"] = new EntityReference("contact", contact.Id),
            ["alm_networkid"] = new EntityReference("alm_network", network),
            ["alm_membershipsource"] = new OptionSetValue(Choices.MembershipSource.Staff),
        }));

        Assert.Equal("Kari Nordmann already has a membership (left since 2024-03-05) in the network 'Handelshøyskolen alumni'. " +
                     "A person has one membership per network: edit or reactivate the existing one instead of adding another.", fault.Detail.Message);
        Assert.Single(s.MembershipsIn(network));
    }

    private static void Leave(AlumniScenario s, Guid membership) =>
        s.Service.Update(new Entity("alm_networkmembership", membership)
        {
            ["alm_membershipstatus"] = new OptionSetValue(Choices.MembershipStatus.Left),
            ["alm_lefton"] = s.Today,
            ["alm_leavereason"] = new OptionSetValue(Choices.LeaveReason.OwnChoice),
        });
}
