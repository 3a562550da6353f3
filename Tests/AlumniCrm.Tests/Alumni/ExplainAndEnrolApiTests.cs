using System.Globalization;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>alm_ExplainEligibility and alm_EnrolInEligibleNetworks: what staff ask about one person.</summary>
public class ExplainAndEnrolApiTests
{
    [Fact]
    public void Explain_gives_the_status_and_for_each_network_every_criterion_and_the_membership()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var shipping = s.Org.SeedNetwork("Shipping og logistikk", s.Org.Technology, programmes: new[] { s.Org.ShippingBachelor });
        var person = People.SeedContacts(s.Env, 1)[0];
        s.ImportEconomicsGraduates(new[] { person });

        var response = s.Call("alm_ExplainEligibility", ("ContactId", new EntityReference("contact", person)));

        Assert.Equal(Choices.AlumniStatus.Alumnus, (int)response["AlumniStatus"]);
        var reasons = (string)response["Reasons"];
        Assert.StartsWith("Alumnus under 'USN': BØA", reasons);
        Assert.Contains("Network 'Handelshøyskolen alumni': in its audience.\n  Met: Network 'Handelshøyskolen alumni' is active.", reasons);
        Assert.Contains("  Met: BØA belongs to the network's faculty.", reasons);
        Assert.Contains("  Membership: Already a member since " + s.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".", reasons);
        Assert.Contains("Network 'Shipping og logistikk': not in its audience.", reasons);
        Assert.Contains("  Not met: BØA is not one of the network's programmes.", reasons);
        Assert.Equal(business.ToString("D"), (string)response["EligibleNetworkIds"]);
        Assert.DoesNotContain(shipping.ToString("D"), (string)response["EligibleNetworkIds"]);
    }

    [Fact]
    public void Explain_for_one_network_says_a_member_who_left_is_never_re_enrolled()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        s.Org.SeedNetwork("USN alumni");
        var person = People.SeedContacts(s.Env, 1)[0];
        s.SeedMembership(person, business, Choices.MembershipStatus.Left, leftOn: new DateTime(2024, 3, 5));
        s.ImportEconomicsGraduates(new[] { person });

        var response = s.Call("alm_ExplainEligibility", ("ContactId", new EntityReference("contact", person)), ("NetworkId", new EntityReference("alm_network", business)));

        var reasons = (string)response["Reasons"];
        Assert.Contains("Network 'Handelshøyskolen alumni': in its audience.", reasons);
        Assert.Contains("Membership: Left the network on 2024-03-05 (own choice); a member who left is never re-enrolled automatically.", reasons);
        Assert.DoesNotContain("USN alumni", reasons);
    }

    [Fact]
    public void Enrol_api_decides_the_status_enrols_and_summarises_what_was_done_and_skipped()
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var shipping = s.Org.SeedNetwork("Shipping og logistikk", s.Org.Technology, programmes: new[] { s.Org.ShippingBachelor });
        var institution = s.Org.SeedNetwork("USN alumni");
        var person = People.SeedContacts(s.Env, 1)[0];
        s.Env.Seed(People.CompletedQualification(person, s.Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, new DateTime(2020, 6, 15)));
        s.SeedMembership(person, institution, Choices.MembershipStatus.Left, leftOn: new DateTime(2024, 3, 5));

        var response = s.Call("alm_EnrolInEligibleNetworks", ("ContactId", new EntityReference("contact", person)));

        Assert.Equal(1, (int)response["EnrolledCount"]);
        var summary = (string)response["Summary"];
        Assert.Contains("Enrolled in 1 network: Handelshøyskolen alumni.", summary);
        Assert.Contains("Not enrolled in USN alumni: Left the network on 2024-03-05 (own choice)", summary);
        Assert.Contains("Not enrolled in Shipping og logistikk: Not eligible: BØA is not one of the network's programmes.", summary);
        Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(person));
        Assert.Empty(s.MembershipsIn(shipping));

        var again = s.Call("alm_EnrolInEligibleNetworks", ("ContactId", new EntityReference("contact", person)));
        Assert.Equal(0, (int)again["EnrolledCount"]);
        Assert.Contains("Not enrolled in Handelshøyskolen alumni: Already a member since", (string)again["Summary"]);
    }

    [Fact]
    public void Enrol_api_names_a_contact_that_does_not_exist()
    {
        var s = new AlumniScenario();
        var missing = Guid.NewGuid();

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() =>
            s.Call("alm_EnrolInEligibleNetworks", ("ContactId", new EntityReference("contact", missing))));

        Assert.Equal("Contact " + missing.ToString("D") + " does not exist, so it cannot be enrolled in any network.", fault.Detail.Message);
    }
}
