using System.ServiceModel;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>Alumni definitions and network rules are checked when saved, by the registered step.</summary>
public class ConfigurationValidationTests
{
    private static string Refusal(Action save) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(save).Detail.Message;

    [Fact]
    public void An_alumni_definition_with_negative_minimum_credits_is_refused_with_the_reason()
    {
        var s = new AlumniScenario();

        var message = Refusal(() => s.Service.Update(new Entity("alm_alumnidefinition", s.Org.DefinitionId) { ["alm_minimumcredits"] = -1m }));

        Assert.Contains("'USN' cannot be saved", message);
        Assert.Contains("Minimum credits cannot be negative", message);
        Assert.Equal(0m, s.Env.Store.Get("alm_alumnidefinition", s.Org.DefinitionId)!.GetAttributeValue<decimal>("alm_minimumcredits"));
    }

    [Fact]
    public void A_second_active_alumni_definition_is_refused()
    {
        var s = new AlumniScenario();

        var message = Refusal(() => s.Service.Create(new Entity("alm_alumnidefinition") { ["alm_name"] = "NHH", ["alm_isactive"] = true, ["alm_minimumcredits"] = 1m }));

        Assert.Contains("'NHH' cannot be made active while 'USN' is the active alumni definition", message);
    }

    [Fact]
    public void An_inactive_draft_definition_can_be_saved_next_to_the_active_one()
    {
        var s = new AlumniScenario();

        var draft = s.Service.Create(new Entity("alm_alumnidefinition") { ["alm_name"] = "NHH draft", ["alm_isactive"] = false, ["alm_minimumcredits"] = 1m });

        Assert.NotEqual(Guid.Empty, draft);
    }

    [Fact]
    public void The_membership_target_is_the_share_of_the_potential_base()
    {
        var s = new AlumniScenario();

        s.Service.Update(new Entity("alm_alumnidefinition", s.Org.DefinitionId) { ["alm_potentialmemberbase"] = 227000, ["alm_membershiptargetpercent"] = 10m });
        Assert.Equal(22700, s.Env.Store.Get("alm_alumnidefinition", s.Org.DefinitionId)!.GetAttributeValue<int>("alm_membershiptarget"));

        s.Service.Update(new Entity("alm_alumnidefinition", s.Org.DefinitionId) { ["alm_membershiptargetpercent"] = 5m });
        Assert.Equal(11350, s.Env.Store.Get("alm_alumnidefinition", s.Org.DefinitionId)!.GetAttributeValue<int>("alm_membershiptarget"));
    }

    [Fact]
    public void A_target_share_above_100_percent_is_refused()
    {
        var s = new AlumniScenario();

        var message = Refusal(() => s.Service.Update(new Entity("alm_alumnidefinition", s.Org.DefinitionId) { ["alm_potentialmemberbase"] = 227000, ["alm_membershiptargetpercent"] = 150m }));

        Assert.Contains("target share must be between 0 and 100 percent", message);
    }

    [Fact]
    public void A_network_rule_with_graduated_within_zero_years_is_refused_at_create_and_update()
    {
        var s = new AlumniScenario();

        var atCreate = Refusal(() => s.Service.Create(new Entity("alm_network")
        {
            ["alm_name"] = "Nyutdannede",
            ["alm_autoenrol"] = true,
            ["alm_rulegraduatedwithinyears"] = 0,
            ["alm_networkstatus"] = new OptionSetValue(Choices.NetworkStatus.Active),
        }));
        var network = s.Org.SeedNetwork("USN alumni");
        var atUpdate = Refusal(() => s.Service.Update(new Entity("alm_network", network) { ["alm_rulegraduatedwithinyears"] = 0 }));

        Assert.Contains("network 'Nyutdannede' cannot be saved", atCreate);
        Assert.Contains("'Graduated within years' must be at least 1", atCreate);
        Assert.Contains("network 'USN alumni' cannot be saved", atUpdate);
    }
}
