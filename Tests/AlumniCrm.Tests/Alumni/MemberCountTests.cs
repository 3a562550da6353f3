using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>alm_CountMembers keeps the pilot's member figure (people with an active membership) on the definition.</summary>
public class MemberCountTests
{
    [Fact]
    public void Members_are_people_with_an_active_membership_counted_once_and_stored_on_the_definition()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var institution = s.Org.SeedNetwork("USN alumni");
        var graduates = People.SeedContacts(s.Env, 3, "Econ");
        s.ImportEconomicsGraduates(graduates);
        var left = People.SeedContacts(s.Env, 1, "Left")[0];
        s.SeedMembership(left, institution, Choices.MembershipStatus.Left, leftOn: new DateTime(2024, 3, 5));

        var response = s.Call("alm_CountMembers");

        Assert.Equal(3, response.Results["Counted"]);
        Assert.Equal(false, response.Results["MoreRecords"]);
        Assert.Equal(6, s.Memberships().Count(m => m.GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value == Choices.MembershipStatus.Active));
        var definition = s.Env.Store.Get("alm_alumnidefinition", s.Org.DefinitionId)!;
        Assert.Equal(3, definition.GetAttributeValue<int>("alm_membercount"));
        Assert.Equal(s.Env.Clock.UtcNow, definition.GetAttributeValue<DateTime>("alm_membercountedon"));
        Assert.NotEqual(Guid.Empty, business);
    }

    [Fact]
    public void A_paging_cookie_that_the_api_did_not_return_is_refused_with_a_clear_message()
    {
        var s = new AlumniScenario();

        var error = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => s.Call("alm_CountMembers", ("PagingCookie", "garbage")));

        Assert.Contains("was not returned by alm_CountMembers", error.Detail.Message);
    }
}
