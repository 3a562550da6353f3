using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class MarketingListGuardTests
{
    private static readonly DateTime AsOf = Utc(2025, 1, 1);
    private static readonly MarketingListFacts NewsletterByEmail = new MarketingListFacts
    {
        ListId = Guid.NewGuid(),
        Name = "Newsletter spring 2025",
        Purpose = ConsentPurpose.Newsletter,
        Channel = ContactChannel.Email,
    };

    private static ListMemberCandidate Member(string name, DateTime? graduated, params ConsentRecord[] ledger)
    {
        var id = Guid.NewGuid();
        return new ListMemberCandidate(name, new PersonContactFacts { PersonId = id, LatestGraduationDate = graduated },
            ledger.Select(r => r with { PersonId = id }).ToList());
    }

    [Fact]
    public void Consented_members_are_admitted_and_the_others_blocked_with_who_and_why()
    {
        var kari = Member("Kari Nordmann", new DateTime(2015, 6, 1), Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1)));
        var ola = Member("Ola Nordmann", new DateTime(2015, 6, 1), Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 3, 1)));
        var per = Member("Per Hansen", new DateTime(2024, 6, 1));

        var check = MarketingListGuard.Check(NewsletterByEmail, new[] { kari, ola, per }, AsOf, EntitlementWindows.Default);

        var admitted = Assert.Single(check.Admitted);
        Assert.Equal("Kari Nordmann", admitted.DisplayName);
        Assert.True(admitted.MayBeAdded);
        Assert.StartsWith("Kari Nordmann may be added to the marketing list 'Newsletter spring 2025'. Allowed on consent", admitted.Message);

        Assert.Equal(2, check.Blocked.Count);
        Assert.Equal("Ola Nordmann cannot be added to the marketing list 'Newsletter spring 2025'. Not allowed: the person withdrew "
            + "from the newsletter on e-mail on 2024-03-01 (self-service form). A withdrawal overrides legitimate interest; only a new consent lifts it.",
            check.Blocked[0].Message);
        Assert.Equal("Per Hansen cannot be added to the marketing list 'Newsletter spring 2025'. Not allowed: there is no consent to "
            + "the newsletter by e-mail, and the newsletter by e-mail always needs consent.", check.Blocked[1].Message);
        Assert.Equal(ContactabilityOutcome.NoLawfulBasis, check.Blocked[1].Decision!.Outcome);
        Assert.False(check.AllAdmitted);
        Assert.Equal(check.Blocked[0].Message + "\n" + check.Blocked[1].Message, check.BlockedMessage);
    }

    [Fact]
    public void Legitimate_interest_admits_recent_graduates_to_an_events_list()
    {
        var list = NewsletterByEmail with { Name = "Alumni day", Purpose = ConsentPurpose.Events };
        var check = MarketingListGuard.Check(list, new[] { Member("Kari Nordmann", new DateTime(2022, 6, 1)) }, AsOf, EntitlementWindows.Default);
        Assert.True(check.AllAdmitted);
        Assert.Equal(ContactabilityOutcome.AllowedByLegitimateInterest, check.Admitted[0].Decision!.Outcome);
    }

    [Theory]
    [InlineData(true, false, "purpose")]
    [InlineData(false, true, "channel")]
    [InlineData(true, true, "purpose and channel")]
    public void A_list_without_purpose_or_channel_blocks_everyone_and_asks_to_set_them(bool noPurpose, bool noChannel, string missing)
    {
        var list = NewsletterByEmail with
        {
            Purpose = noPurpose ? null : ConsentPurpose.Newsletter,
            Channel = noChannel ? null : ContactChannel.Email,
        };
        var kari = Member("Kari Nordmann", null, Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1)));

        var check = MarketingListGuard.Check(list, new[] { kari }, AsOf, EntitlementWindows.Default);

        Assert.Empty(check.Admitted);
        Assert.Equal("The marketing list 'Newsletter spring 2025' has no " + missing + " set. Set the " + missing
            + " on the list before adding members, so consent can be checked.", check.ListProblem);
        var blocked = Assert.Single(check.Blocked);
        Assert.Equal("Kari Nordmann cannot be added to the marketing list 'Newsletter spring 2025': the list has no " + missing + " set.", blocked.Message);
        Assert.Null(blocked.Decision);
        Assert.StartsWith(check.ListProblem!, check.BlockedMessage);
    }

    [Fact]
    public void A_list_without_purpose_reports_the_problem_even_without_members()
    {
        var check = MarketingListGuard.Check(NewsletterByEmail with { Purpose = null }, Array.Empty<ListMemberCandidate>(), AsOf, EntitlementWindows.Default);
        Assert.NotNull(check.ListProblem);
        Assert.False(check.AllAdmitted);
    }

    [Fact]
    public void A_member_without_name_is_identified_by_id()
    {
        var nameless = Member("  ", null);
        var check = MarketingListGuard.Check(NewsletterByEmail, new[] { nameless }, AsOf, EntitlementWindows.Default);
        Assert.StartsWith("The contact " + nameless.Person.PersonId.ToString("D") + " (no name) cannot be added", check.Blocked[0].Message);
    }

    [Fact]
    public void A_list_without_name_is_called_the_marketing_list()
    {
        var check = MarketingListGuard.Check(NewsletterByEmail with { Name = "" }, new[] { Member("Kari Nordmann", null) }, AsOf, EntitlementWindows.Default);
        Assert.StartsWith("Kari Nordmann cannot be added to the marketing list. ", check.Blocked[0].Message);
    }

    [Fact]
    public void A_member_without_mobile_number_is_blocked_from_an_sms_list()
    {
        var list = NewsletterByEmail with { Name = "SMS reminders", Purpose = ConsentPurpose.CareerServices, Channel = ContactChannel.Sms };
        var member = Member("Kari Nordmann", new DateTime(2024, 6, 1));
        member = member with { Person = member.Person with { HasMobilePhone = false } };
        var check = MarketingListGuard.Check(list, new[] { member }, AsOf, EntitlementWindows.Default);
        Assert.Contains("Kari Nordmann cannot be added to the marketing list 'SMS reminders'. Not possible: there is no mobile number on record.",
            check.Blocked[0].Message);
    }

    [Fact]
    public void An_empty_batch_is_all_admitted()
    {
        var check = MarketingListGuard.Check(NewsletterByEmail, Array.Empty<ListMemberCandidate>(), AsOf, EntitlementWindows.Default);
        Assert.True(check.AllAdmitted);
        Assert.Equal("", check.BlockedMessage);
    }
}
