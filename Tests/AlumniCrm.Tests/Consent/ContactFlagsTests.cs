using System.Globalization;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static AlumniCrm.Tests.Consent.Support.ConsentWorld;

namespace AlumniCrm.Tests.Consent;

/// <summary>ContactFlagsSyncPlugin: the do-not flags follow the ledger, writing only what changed, without loops.</summary>
public class ContactFlagsTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();

    [Fact]
    public void Withdrawing_everything_on_e_mail_sets_the_e_mail_flags_in_one_update_without_a_loop()
    {
        // Graduated 2022: legitimate interest (5 years) still allows events by e-mail and post; career services (2 years) are over.
        var person = _world.Person("Kari", "Nordmann", new DateTime(2022, 6, 15));
        _world.Env.Requests.Reset();
        _world.Env.PluginExecutions.Reset();

        _world.Service.Create(Withdrawal(person, null, ContactChannel.Email));

        var contact = _world.Row("contact", person);
        Assert.True(contact.GetAttributeValue<bool>("donotemail"));
        Assert.True(contact.GetAttributeValue<bool>("donotbulkemail"));
        Assert.True(contact.GetAttributeValue<bool>("donotphone"));       // no consent for calls
        Assert.False(contact.GetAttributeValue<bool>("donotpostalmail")); // legitimate interest by post remains
        Assert.Equal(1, _world.Env.Requests.Count("Update", "contact"));
        Assert.Single(_world.Env.PluginExecutions.All, e => e.PluginType.EndsWith("ContactFlagsSyncPlugin", StringComparison.Ordinal));
        Assert.All(_world.Env.Requests.All, r => Assert.True(r.Depth <= 2, $"{r.MessageName} of {r.Table} at depth {r.Depth}"));
        Assert.True(_world.Env.Requests.Count("RetrieveMultiple") <= 4, "windows, contact, ledger (+ nothing per flag)");
    }

    [Fact]
    public void A_consent_that_changes_no_flag_writes_nothing()
    {
        var person = _world.Person("Kari", "Nordmann", new DateTime(2023, 6, 15));
        _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email));
        _world.Env.Requests.Reset();

        _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email));

        Assert.Equal(0, _world.Env.Requests.Count("Update", "contact"));
    }

    [Fact]
    public void A_new_consent_lifts_the_flags_it_allows()
    {
        var person = _world.Person("Kari", "Nordmann", new DateTime(2010, 6, 15)); // legitimate interest long over
        _world.Service.Create(Withdrawal(person, null, null));
        Assert.True(_world.Row("contact", person).GetAttributeValue<bool>("donotsendmm"));

        _world.Env.Clock.Advance(TimeSpan.FromDays(1));
        _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email));

        var contact = _world.Row("contact", person);
        Assert.False(contact.GetAttributeValue<bool>("donotsendmm"));
        Assert.False(contact.GetAttributeValue<bool>("donotbulkemail"));
        Assert.True(contact.GetAttributeValue<bool>("donotphone"));
    }

    [Fact]
    public void A_bulk_import_updates_each_person_once_with_a_fixed_number_of_queries()
    {
        var people = Enumerable.Range(1, 5).Select(i => _world.Person("Person", i.ToString(CultureInfo.InvariantCulture), new DateTime(2023, 6, 15))).ToList();
        var rows = people.Select(p => Withdrawal(p, null, null, ConsentSource.Import)).ToList();
        _world.Env.Requests.Reset();

        _world.Service.Execute(new CreateMultipleRequest { Targets = new EntityCollection(rows) { EntityName = "alm_consent" } });

        Assert.Equal(5, _world.Env.Requests.Count("Update", "contact"));
        Assert.All(people, p => Assert.True(_world.Row("contact", p).GetAttributeValue<bool>("donotemail")));
        Assert.True(_world.Env.Requests.Count("RetrieveMultiple") <= 4, $"{_world.Env.Requests.Count("RetrieveMultiple")} queries for 5 people");
    }
}
