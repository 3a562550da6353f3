using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;
using static AlumniCrm.Tests.Consent.Support.ConsentWorld;

namespace AlumniCrm.Tests.Consent;

/// <summary>
/// Windows end without anything being written: the flags carry their due moment and
/// alm_RefreshContactFlags recomputes the people whose moment has passed.
/// </summary>
public class ContactFlagsRefreshTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();

    private OrganizationResponse Refresh() => _world.Service.Execute(new OrganizationRequest("alm_RefreshContactFlags"));

    [Fact]
    public void When_legitimate_interest_ends_the_nightly_refresh_closes_bulk_e_mail()
    {
        // Graduated 2020-06-15: legitimate interest (5 years) covers events by e-mail until 2025-06-15.
        var person = _world.Person("Kari", "Nordmann", new DateTime(2020, 6, 15));
        _world.Service.Create(Withdrawal(person, ConsentPurpose.Newsletter, ContactChannel.Email));
        var before = _world.Row("contact", person);
        Assert.False(before.GetAttributeValue<bool>("donotbulkemail"));
        Assert.Equal(new DateTime(2025, 6, 15), before.GetAttributeValue<DateTime?>("alm_flagsrecomputeon")?.Date);

        Assert.Equal(0, Refresh().Results["Processed"]);   // not due yet

        _world.Env.Clock.UtcNow = new DateTime(2025, 7, 1, 3, 0, 0, DateTimeKind.Utc);
        var response = Refresh();

        Assert.Equal(1, response.Results["Processed"]);
        Assert.Equal(1, response.Results["Changed"]);
        Assert.Equal(false, response.Results["MoreRecords"]);
        var after = _world.Row("contact", person);
        Assert.True(after.GetAttributeValue<bool>("donotbulkemail"));
        Assert.Null(after.GetAttributeValue<DateTime?>("alm_flagsrecomputeon"));
        Assert.Equal(0, Refresh().Results["Processed"]);   // never picked again
    }

    [Fact]
    public void People_whose_flags_are_not_due_are_not_touched()
    {
        var recent = _world.Person("Ola", "Nordmann", new DateTime(2024, 6, 15));
        _world.Service.Create(Grant(recent, ConsentPurpose.Newsletter, ContactChannel.Email));
        _world.Env.Requests.Reset();

        var response = Refresh();

        Assert.Equal(0, response.Results["Processed"]);
        Assert.Equal(0, _world.Env.Requests.Count("Update", "contact"));
    }
}
