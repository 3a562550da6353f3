using AlumniCrm.Domain.Consent;
using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.Tests.Alumni;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Registrations;

/// <summary>
/// The product's steps as the platform runs them: registered on the pipeline's message names, with
/// Associate/Disassociate steps that see every association in the organisation and must stay cheap.
/// </summary>
public class PlatformMessageTests
{
    [Fact]
    public void The_list_guard_runs_on_the_pipelines_message_names_for_the_list_requests()
    {
        var world = ConsentWorld.Create();
        // A recent graduate: events by e-mail on legitimate interest (docs/rules-consent.md).
        var person = world.Person("Kari", "Nordmann", new DateTime(2023, 6, 15));
        var list = world.List("Alumni events", ConsentPurpose.Events, ContactChannel.Email);

        world.Service.Execute(new AddMemberListRequest { ListId = list, EntityId = person });

        // AddMemberListRequest runs as the message AddMember: that is what the step is registered on and
        // what the plugin sees in MessageName (a step on "AddMemberList" would never fire in Dataverse).
        var execution = Assert.Single(world.Env.PluginExecutions.All, e => e.PluginType.EndsWith("MarketingListGuardPlugin", StringComparison.Ordinal));
        Assert.Equal("AddMember", execution.MessageName);
        var guardMessages = world.Env.Registrations.Steps.Where(s => s.PluginType.Name.EndsWith("MarketingListGuardPlugin", StringComparison.Ordinal))
            .Select(s => s.MessageName).Order(StringComparer.Ordinal);
        Assert.Equal(["AddListMembers", "AddMember", "Associate", "CopyDynamicListToStatic", "CopyMembers", "QualifyMember"], guardMessages);
    }

    [Fact]
    public void An_association_in_any_other_relationship_queues_no_system_job_and_reads_nothing()
    {
        var world = ConsentWorld.Create();
        var person = world.Person("Ola", "Hansen", new DateTime(2023, 6, 15));
        var list = world.List("Alumni events", ConsentPurpose.Events, ContactChannel.Email);
        var jobsBefore = world.Env.AsyncJobs.All.Count;
        world.Env.Requests.Reset();

        // An association the product does not care about (the guard lets an admissible person through).
        world.Service.Associate("list", list, new Relationship("listcontact_association"), new EntityReferenceCollection { new EntityReference("contact", person) });

        Assert.Equal(jobsBefore, world.Env.AsyncJobs.All.Count);
        Assert.Contains(world.Env.PluginExecutions.All, e => e.PluginType.EndsWith("NetworkProgrammesChangedPlugin", StringComparison.Ordinal));
        Assert.Equal(0, world.Env.Requests.Count("Update", "alm_network"));
    }

    [Fact]
    public void Adding_a_qualifying_programme_queues_exactly_one_back_fill_job()
    {
        var s = new AlumniScenario();
        var network = s.Org.SeedNetwork("Helse og maritim", s.Org.Technology, programmes: new[] { s.Org.ShippingBachelor });
        s.SeedAlumni(2, s.Org.OptometryBachelor, "OPT");
        var jobsBefore = s.Env.AsyncJobs.All.Count;

        s.Service.Associate("alm_network", network, new Relationship("alm_network_studyprogramme"),
            new EntityReferenceCollection { new EntityReference("alm_studyprogramme", s.Org.OptometryBachelor) });

        var jobs = s.Env.AsyncJobs.All.Skip(jobsBefore).ToList();
        Assert.DoesNotContain(jobs, j => j.Step.Name.Contains("NetworkProgrammesChangedPlugin", StringComparison.Ordinal));
        var job = Assert.Single(jobs, j => j.Step.Name.Contains("NetworkRuleChangedPlugin", StringComparison.Ordinal));
        Assert.Equal(AsyncJobStatus.Succeeded, job.Status);
        Assert.Equal(2, s.MembershipsIn(network).Count);
    }
}
