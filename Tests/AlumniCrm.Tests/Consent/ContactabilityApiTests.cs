using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;
using static AlumniCrm.Tests.Consent.Support.ConsentWorld;

namespace AlumniCrm.Tests.Consent;

/// <summary>The custom API alm_CheckContactability as registered in Solution/customapis.</summary>
public class ContactabilityApiTests
{
    private static readonly DateTime Graduated = new(2021, 6, 15);
    private readonly ConsentWorld _world = ConsentWorld.Create();
    private readonly Guid _person;

    public ContactabilityApiTests() => _person = _world.Person("Kari", "Nordmann", Graduated, mobile: "+4790000000");

    private ParameterCollection Ask(ConsentPurpose purpose, ContactChannel channel, DateTime? asOf = null)
    {
        var request = new OrganizationRequest("alm_CheckContactability")
        {
            ["ContactId"] = new EntityReference("contact", _person),
            ["Purpose"] = (int)purpose,
            ["Channel"] = (int)channel,
        };
        if (asOf is { } at) request["AsOf"] = at;
        return _world.Service.Execute(request).Results;
    }

    [Fact]
    public void Legitimate_interest_covers_events_by_e_mail_for_five_years_after_graduation()
    {
        var within = Ask(ConsentPurpose.Events, ContactChannel.Email);
        Assert.True((bool)within["Allowed"]);
        Assert.Equal((int)LawfulBasis.LegitimateInterest, within["LawfulBasis"]);
        Assert.Equal(new DateTime(2026, 6, 15), within["ValidUntil"]);
        Assert.Contains("legitimate interest", (string)within["Reason"]);

        var after = Ask(ConsentPurpose.Events, ContactChannel.Email, new DateTime(2026, 6, 15));
        Assert.False((bool)after["Allowed"]);
        Assert.False(after.ContainsKey("LawfulBasis"));
    }

    [Fact]
    public void Career_services_are_offered_on_every_channel_for_two_years_only()
    {
        var within = Ask(ConsentPurpose.CareerServices, ContactChannel.Phone, new DateTime(2023, 6, 14));
        Assert.True((bool)within["Allowed"]);
        Assert.Equal(new DateTime(2023, 6, 15), within["ValidUntil"]);

        Assert.False((bool)Ask(ConsentPurpose.CareerServices, ContactChannel.Phone, new DateTime(2023, 6, 15))["Allowed"]);
    }

    [Fact]
    public void A_withdrawal_beats_legitimate_interest()
    {
        _world.Service.Create(Withdrawal(_person, ConsentPurpose.Events, null));

        var answer = Ask(ConsentPurpose.Events, ContactChannel.Email);

        Assert.False((bool)answer["Allowed"]);
        Assert.Contains("A withdrawal overrides legitimate interest", (string)answer["Reason"]);
    }

    [Fact]
    public void The_newsletter_needs_a_consent_and_is_allowed_on_it()
    {
        Assert.False((bool)Ask(ConsentPurpose.Newsletter, ContactChannel.Email)["Allowed"]);

        _world.Service.Create(Grant(_person, ConsentPurpose.Newsletter, ContactChannel.Email, validUntil: new DateTime(2027, 1, 1)));

        var answer = Ask(ConsentPurpose.Newsletter, ContactChannel.Email);
        Assert.True((bool)answer["Allowed"]);
        Assert.Equal((int)LawfulBasis.Consent, answer["LawfulBasis"]);
        Assert.Equal(new DateTime(2027, 1, 1), answer["ValidUntil"]);
    }
}
