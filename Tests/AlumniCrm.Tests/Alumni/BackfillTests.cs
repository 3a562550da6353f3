using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>Network rule changes back-fill existing alumni: async step, or page by page through alm_BackfillNetwork.</summary>
public class BackfillTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public BackfillTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_rule_change_is_back_filled_page_by_page_through_repeated_api_calls_and_never_re_enrols_a_leaver()
    {
        var s = new AlumniScenario();
        var maritime = s.Org.SeedNetwork("Maritimt nettverk", s.Org.Technology, autoEnrol: false, programmes: new[] { s.Org.ShippingBachelor });
        var alumni = s.SeedAlumni(6, s.Org.ShippingBachelor, "SHIP");
        var leaver = alumni[2];
        s.SeedMembership(leaver, maritime, Choices.MembershipStatus.Left, leftOn: new DateTime(2024, 3, 5));
        s.Env.AsyncExecution = AsyncExecution.Manual; // the step's own run waits: a flow drives the API instead

        s.Service.Update(new Entity("alm_network", maritime) { ["alm_autoenrol"] = true });
        var progress = new List<(int Processed, int Enrolled, bool More)>();
        var requestsPerCall = new List<int>();
        string? cookie = null;
        do
        {
            s.Env.Requests.Reset();
            var response = s.Call("alm_BackfillNetwork", ("NetworkId", new EntityReference("alm_network", maritime)), ("PageSize", 2), ("PagingCookie", cookie));
            progress.Add(((int)response["Processed"], (int)response["Enrolled"], (bool)response["MoreRecords"]));
            cookie = (string)response["PagingCookie"];
            requestsPerCall.Add(s.Env.Requests.Total);
            _output.WriteLine($"page {progress.Count}: {string.Join(", ", s.Env.Requests.ByMessage.Select(p => p.Key + " " + p.Value))}");
            if (progress[^1].More)
            {
                Assert.Equal(Choices.BackfillStatus.Running, s.Network(maritime).GetAttributeValue<OptionSetValue>("alm_backfillstatus").Value);
                Assert.Equal(cookie, s.Network(maritime).GetAttributeValue<string>("alm_backfillpagingcookie"));
            }
        } while (progress[^1].More);

        Assert.Equal(new[] { 2, 4, 6 }, progress.Select(p => p.Processed));
        // The call, 5 queries, CreateMultiple + the ownership query, the network update; continuing calls also Retrieve the totals.
        Assert.Equal(new[] { 9, 10, 10 }, requestsPerCall);
        Assert.Equal(5, progress[^1].Enrolled);
        var network = s.Network(maritime);
        Assert.Equal(Choices.BackfillStatus.Completed, network.GetAttributeValue<OptionSetValue>("alm_backfillstatus").Value);
        Assert.Equal(6, network.GetAttributeValue<int>("alm_backfillprocessed"));
        Assert.Equal(5, network.GetAttributeValue<int>("alm_backfillenrolled"));
        Assert.Null(network.GetAttributeValue<string>("alm_backfillpagingcookie"));

        // The step's own run comes later: idempotent, no duplicates, the leaver stays out.
        s.Env.RunPendingAsync();
        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.Equal(6, s.MembershipsIn(maritime).Count);
        Assert.Equal(Choices.MembershipStatus.Left, s.MembershipsOf(leaver).Single().GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
        Assert.Equal(0, s.Network(maritime).GetAttributeValue<int>("alm_backfillenrolled"));
    }

    [Fact]
    public void Creating_an_automatic_network_back_fills_its_audience()
    {
        var s = new AlumniScenario();
        var economists = s.SeedAlumni(3, s.Org.EconomicsBachelor, "BØA");
        s.SeedAlumni(2, s.Org.OptometryBachelor, "OPT");

        var network = s.Service.Create(new Entity("alm_network")
        {
            ["alm_name"] = "Handelshøyskolen alumni",
            ["alm_level"] = new OptionSetValue(Choices.NetworkLevel.Faculty),
            ["alm_facultyid"] = new EntityReference("alm_faculty", s.Org.Business.Id),
            ["alm_rulefacultyid"] = new EntityReference("alm_faculty", s.Org.Business.Id),
            ["alm_networkstatus"] = new OptionSetValue(Choices.NetworkStatus.Active),
            ["alm_autoenrol"] = true,
        });

        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.Equal(economists.Order(), s.MembershipsIn(network).Select(m => m.GetAttributeValue<EntityReference>("alm_contactid").Id).Order());
        var row = s.Network(network);
        Assert.Equal(Choices.BackfillStatus.Completed, row.GetAttributeValue<OptionSetValue>("alm_backfillstatus").Value);
        Assert.Equal(5, row.GetAttributeValue<int>("alm_backfillprocessed"));
        Assert.Equal(3, row.GetAttributeValue<int>("alm_backfillenrolled"));
        Assert.Equal(s.Env.Clock.UtcNow, row.GetAttributeValue<DateTime>("alm_rulechangedon"));
    }

    [Fact]
    public void Adding_a_programme_to_a_network_back_fills_that_programme_s_alumni()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Helse og maritim", s.Org.Technology, programmes: new[] { s.Org.ShippingBachelor });
        var optometrists = s.SeedAlumni(2, s.Org.OptometryBachelor, "OPT");

        s.Service.Associate("alm_network", network, new Relationship("alm_network_studyprogramme"),
            new EntityReferenceCollection { new EntityReference("alm_studyprogramme", s.Org.OptometryBachelor) });

        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.Equal(optometrists.Order(), s.MembershipsIn(network).Select(m => m.GetAttributeValue<EntityReference>("alm_contactid").Id).Order());
    }

    [Fact]
    public void Narrowing_a_rule_or_renaming_a_network_starts_no_back_fill()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        s.SeedAlumni(2, s.Org.EconomicsBachelor, "BØA");

        s.Service.Update(new Entity("alm_network", network)
        {
            ["alm_name"] = "HH alumni",
            ["alm_rulelevels"] = new OptionSetValueCollection(new List<OptionSetValue> { new(Choices.DegreeLevel.Master) }),
        });

        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.Null(s.Network(network).GetAttributeValue<OptionSetValue>("alm_backfillstatus"));
        Assert.Empty(s.MembershipsIn(network));
    }

    [Fact]
    public void A_back_fill_of_a_closed_network_stops_without_enrolling()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Nedlagt nettverk", s.Org.Business, status: Choices.NetworkStatus.Closed, ruleFaculty: s.Org.Business);
        s.SeedAlumni(2, s.Org.EconomicsBachelor, "BØA");

        var response = s.Call("alm_BackfillNetwork", ("NetworkId", new EntityReference("alm_network", network)));

        Assert.False((bool)response["MoreRecords"]);
        Assert.Equal(0, (int)response["Enrolled"]);
        Assert.Empty(s.MembershipsIn(network));
    }
}
