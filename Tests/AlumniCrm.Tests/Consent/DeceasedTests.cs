using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Consent;

/// <summary>DeceasedPlugin: flags all set, memberships ended with reason Deceased, no loop; clearing restores the flags.</summary>
public class DeceasedTests
{
    private static readonly string[] Flags = { "donotbulkemail", "donotemail", "donotphone", "donotpostalmail", "donotsendmm" };
    private readonly ConsentWorld _world = ConsentWorld.Create();
    private readonly Guid _person;

    public DeceasedTests() => _person = _world.Person("Kari", "Nordmann", new DateTime(2022, 6, 15));

    private Guid Membership(MembershipStatus status, DateTime joined)
    {
        var network = new Entity("alm_network") { ["alm_name"] = "Network " + Guid.NewGuid().ToString("N")[..6] };
        _world.Env.Seed(network);
        var membership = new Entity("alm_networkmembership")
        {
            ["alm_name"] = "Membership",
            ["alm_contactid"] = new EntityReference("contact", _person),
            ["alm_networkid"] = network.ToEntityReference(),
            ["alm_membershipstatus"] = new OptionSetValue((int)status),
            ["alm_joinedon"] = joined,
        };
        _world.Env.Seed(membership);
        return membership.Id;
    }

    [Fact]
    public void Marking_a_person_deceased_sets_every_flag_and_ends_active_memberships_with_reason_deceased()
    {
        var active = Membership(MembershipStatus.Active, new DateTime(2022, 8, 1));
        var suspended = Membership(MembershipStatus.Suspended, new DateTime(2023, 1, 1));
        var left = Membership(MembershipStatus.Left, new DateTime(2022, 9, 1));
        _world.Env.PluginExecutions.Reset();

        _world.Service.Update(new Entity("contact", _person) { ["alm_isdeceased"] = true, ["alm_deceasedon"] = new DateTime(2025, 1, 10) });

        var contact = _world.Row("contact", _person);
        Assert.All(Flags, flag => Assert.True(contact.GetAttributeValue<bool>(flag), flag));
        foreach (var ended in new[] { active, suspended })
        {
            var row = _world.Row("alm_networkmembership", ended);
            Assert.Equal((int)MembershipStatus.Left, row.GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
            Assert.Equal((int)LeaveReason.Deceased, row.GetAttributeValue<OptionSetValue>("alm_leavereason").Value);
            Assert.Equal(new DateTime(2025, 1, 10), row.GetAttributeValue<DateTime>("alm_lefton"));
        }
        Assert.False(_world.Row("alm_networkmembership", left).Contains("alm_leavereason"));
        Assert.Single(_world.Env.PluginExecutions.All, e => e.PluginType.EndsWith("DeceasedPlugin", StringComparison.Ordinal));
        Assert.DoesNotContain(_world.Rows("alm_consent"), _ => true); // no synthetic withdrawals
    }

    [Fact]
    public void A_date_of_death_in_the_future_is_refused_and_nothing_changes()
    {
        var active = Membership(MembershipStatus.Active, new DateTime(2022, 8, 1));

        var message = ConsentWorld.Refusal(() => _world.Service.Update(new Entity("contact", _person)
        {
            ["alm_isdeceased"] = true,
            ["alm_deceasedon"] = new DateTime(2025, 2, 1),
        }));

        Assert.Equal("Kari Nordmann cannot be marked as deceased: The date of death 2025-02-01 lies in the future.", message);
        Assert.False(_world.Row("contact", _person).GetAttributeValue<bool>("alm_isdeceased"));
        Assert.Equal((int)MembershipStatus.Active, _world.Row("alm_networkmembership", active).GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
    }

    [Fact]
    public void Clearing_a_mistaken_marking_restores_the_flags_from_the_ledger()
    {
        _world.Service.Update(new Entity("contact", _person) { ["alm_isdeceased"] = true });

        _world.Service.Update(new Entity("contact", _person) { ["alm_isdeceased"] = false });

        var contact = _world.Row("contact", _person);
        Assert.False(contact.GetAttributeValue<bool>("donotbulkemail")); // events by e-mail on legitimate interest
        Assert.False(contact.GetAttributeValue<bool>("donotemail"));
        Assert.True(contact.GetAttributeValue<bool>("donotphone"));      // never without consent
    }

    [Fact]
    public void A_person_imported_as_deceased_is_created_with_every_flag_set()
    {
        var id = _world.Service.Create(new Entity("contact") { ["lastname"] = "Hansen", ["alm_isdeceased"] = true });

        var contact = _world.Row("contact", id);
        Assert.All(Flags, flag => Assert.True(contact.GetAttributeValue<bool>(flag), flag));
    }
}
