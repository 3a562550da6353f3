using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;
using static AlumniCrm.Tests.Consent.Support.ConsentWorld;

namespace AlumniCrm.Tests.Consent;

/// <summary>The ledger through the pipeline: ConsentValidationPlugin's Create, Update and Delete steps from Solution/.</summary>
public class ConsentLedgerTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();

    [Fact]
    public void A_recorded_consent_proves_who_recorded_it_and_when_whatever_the_caller_sent()
    {
        var person = _world.Person("Kari", "Nordmann", new DateTime(2022, 6, 15));
        var someoneElse = _world.Env.Users.Add("Someone else");
        var row = Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email);
        row["alm_recordedbyid"] = new EntityReference("systemuser", someoneElse);
        row["alm_recordedon"] = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        row["alm_name"] = "anything";

        var id = _world.Service.Create(row);

        var saved = _world.Row("alm_consent", id);
        Assert.Equal(_world.Env.CallerId, saved.GetAttributeValue<EntityReference>("alm_recordedbyid").Id);
        Assert.Equal(_world.Now, saved.GetAttributeValue<DateTime>("alm_recordedon"));
        Assert.Equal("Granted: the newsletter on e-mail, from 2025-01-15 (consent)", saved.GetAttributeValue<string>("alm_name"));
        Assert.Equal("I want the alumni newsletter by e-mail.", saved.GetAttributeValue<string>("alm_evidence"));
    }

    [Fact]
    public void A_consent_whose_person_is_given_by_FS_student_number_is_recorded_for_that_person()
    {
        var person = _world.Person("Kari", "Nordmann", new DateTime(2022, 6, 15), studentNumber: "123456");
        var row = Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email);
        row["alm_contactid"] = new EntityReference("contact", "alm_fsstudentnumber", "123456");

        var id = _world.Service.Create(row);

        Assert.Equal(person, _world.Row("alm_consent", id).GetAttributeValue<EntityReference>("alm_contactid").Id);
    }

    [Fact]
    public void A_consent_without_evidence_is_refused_naming_the_person_and_what_is_missing()
    {
        var person = _world.Person("Kari", "Nordmann");

        var message = Refusal(() => _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email, evidence: null)));

        Assert.Contains("The consent row for Kari Nordmann (the newsletter on e-mail) cannot be recorded", message);
        Assert.Contains("A consent needs evidence", message);
        Assert.Empty(_world.Rows("alm_consent"));
    }

    [Fact]
    public void Staff_cannot_backdate_a_consent_beyond_a_day()
    {
        var person = _world.Person("Kari", "Nordmann");
        var threeDaysAgo = _world.Now.AddDays(-3);

        var message = Refusal(() => _world.Service.Create(
            Grant(person, ConsentPurpose.Events, ContactChannel.Sms, ConsentSource.Staff, "Said yes at the alumni dinner.", validFrom: threeDaysAgo)));

        Assert.Contains("Staff cannot backdate a consent row: valid-from 2025-01-12", message);
        Assert.Empty(_world.Rows("alm_consent"));
    }

    [Fact]
    public void Staff_may_record_what_was_said_yesterday_and_an_import_may_bring_historical_consents()
    {
        var person = _world.Person("Kari", "Nordmann");

        _world.Service.Create(Grant(person, ConsentPurpose.Events, ContactChannel.Sms, ConsentSource.Staff, "Said yes on the phone.",
            validFrom: _world.Now.AddHours(-20)));
        _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email, ConsentSource.Import, "Form 2019",
            validFrom: new DateTime(2019, 1, 1), validUntil: new DateTime(2021, 1, 1)));

        Assert.Equal(2, _world.Rows("alm_consent").Count);
    }

    [Fact]
    public void A_recorded_consent_cannot_be_edited_and_the_message_names_the_columns()
    {
        var person = _world.Person("Kari", "Nordmann");
        var id = _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email));

        var message = Refusal(() => _world.Service.Update(new Entity("alm_consent", id)
        {
            ["alm_channel"] = new OptionSetValue((int)ContactChannel.Sms),
            ["alm_evidence"] = "changed",
        }));

        Assert.Contains("append-only", message);
        Assert.Contains("attempted to change channel, evidence", message);
        Assert.Equal((int)ContactChannel.Email, _world.Row("alm_consent", id).GetAttributeValue<OptionSetValue>("alm_channel").Value);
    }

    [Fact]
    public void A_withdrawal_cannot_be_edited_away_not_even_by_the_system()
    {
        var person = _world.Person("Kari", "Nordmann");
        var id = _world.Service.Create(Withdrawal(person, null, null));
        var system = _world.Env.CreateService(_world.Env.Users.SystemUserId);
        var undo = new Entity("alm_consent", id) { ["alm_consentstatus"] = new OptionSetValue((int)ConsentStatus.Granted) };

        Assert.Contains("A withdrawal can never be edited or undone", Refusal(() => _world.Service.Update(undo)));
        Assert.Contains("A withdrawal can never be edited or undone", Refusal(() => system.Update(undo)));
        Assert.Equal((int)ConsentStatus.Withdrawn, _world.Row("alm_consent", id).GetAttributeValue<OptionSetValue>("alm_consentstatus").Value);
    }

    [Fact]
    public void Only_the_system_marks_a_lapsed_grant_expired()
    {
        var person = _world.Person("Kari", "Nordmann");
        var id = _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email, ConsentSource.Import,
            validFrom: new DateTime(2019, 1, 1), validUntil: new DateTime(2021, 1, 1)));
        var expire = new Entity("alm_consent", id) { ["alm_consentstatus"] = new OptionSetValue((int)ConsentStatus.Expired) };

        Assert.Contains("staff cannot mark one expired", Refusal(() => _world.Service.Update(expire)));
        _world.Env.CreateService(_world.Env.Users.SystemUserId).Update(expire);

        var saved = _world.Row("alm_consent", id);
        Assert.Equal((int)ConsentStatus.Expired, saved.GetAttributeValue<OptionSetValue>("alm_consentstatus").Value);
    }

    [Fact]
    public void A_consent_row_cannot_be_deleted_outside_erasure_by_anyone()
    {
        var person = _world.Person("Kari", "Nordmann");
        var id = _world.Service.Create(Grant(person, ConsentPurpose.Newsletter, ContactChannel.Email));

        Assert.Contains("Consent rows cannot be deleted", Refusal(() => _world.Service.Delete("alm_consent", id)));
        Assert.Contains("Consent rows cannot be deleted",
            Refusal(() => _world.Env.CreateService(_world.Env.Users.SystemUserId).Delete("alm_consent", id)));
        Assert.NotNull(_world.Env.Store.Get("alm_consent", id));
    }

    [Fact]
    public void A_bulk_import_of_consents_validates_and_stamps_every_row()
    {
        var people = new[] { _world.Person("A", "One"), _world.Person("B", "Two") };
        var rows = new EntityCollection(people.Select(p => Grant(p, ConsentPurpose.Events, ContactChannel.Email, ConsentSource.Import)).ToList())
        {
            EntityName = "alm_consent",
        };

        _world.Service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = rows });

        var saved = _world.Rows("alm_consent");
        Assert.Equal(2, saved.Count);
        Assert.All(saved, r => Assert.Equal(_world.Env.CallerId, r.GetAttributeValue<EntityReference>("alm_recordedbyid").Id));
        Assert.All(saved, r => Assert.StartsWith("Granted: events on e-mail", r.GetAttributeValue<string>("alm_name")));

        rows.Entities[1].Attributes.Remove("alm_evidence");
        Assert.Contains("B Two", Refusal(() => _world.Service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = rows })));
        Assert.Equal(2, _world.Rows("alm_consent").Count);
    }
}
