using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class ContactFlagsPolicyTests
{
    private static readonly DateTime AsOf = Utc(2025, 1, 1);
    private static readonly ContactFlags AllClear = new ContactFlags();

    private static ContactFlagsDecision Decide(PersonContactFacts person, ContactFlags current, params ConsentRecord[] ledger) =>
        ContactFlagsPolicy.Decide(person, ledger, current, AsOf, EntitlementWindows.Default);

    [Fact]
    public void A_recent_graduate_without_consents_may_get_email_and_post_but_no_marketing_or_phone()
    {
        var d = Decide(Graduate(new DateTime(2023, 6, 15)), AllClear);
        Assert.False(d.Desired.DoNotBulkEmail);
        Assert.False(d.Desired.DoNotEmail);
        Assert.False(d.Desired.DoNotPostalMail);
        Assert.False(d.Desired.DoNotPhone);              // career services by phone within two years
        Assert.True(d.Desired.DoNotSendMarketingMaterial);
    }

    [Fact]
    public void An_old_graduate_without_consents_gets_no_bulk_email_but_may_still_be_answered()
    {
        var d = Decide(Graduate(new DateTime(2010, 6, 15)), AllClear);
        Assert.True(d.Desired.DoNotBulkEmail);
        Assert.False(d.Desired.DoNotEmail);
        Assert.True(d.Desired.DoNotPhone);
        Assert.True(d.Desired.DoNotPostalMail);
        Assert.True(d.Desired.DoNotSendMarketingMaterial);
    }

    [Fact]
    public void A_newsletter_consent_clears_bulk_email_and_marketing_material()
    {
        var d = Decide(Graduate(new DateTime(2010, 6, 15)), AllClear, Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1)));
        Assert.False(d.Desired.DoNotBulkEmail);
        Assert.False(d.Desired.DoNotSendMarketingMaterial);
        Assert.True(d.Desired.DoNotPhone);
    }

    [Fact]
    public void Withdrawing_everything_on_email_sets_do_not_email()
    {
        var d = Decide(Graduate(new DateTime(2023, 6, 15)), AllClear, Withdraw(null, ContactChannel.Email, Utc(2024, 1, 1)));
        Assert.True(d.Desired.DoNotEmail);
        Assert.True(d.Desired.DoNotBulkEmail);
        Assert.False(d.Desired.DoNotPostalMail);
    }

    [Fact]
    public void Withdrawing_some_email_purposes_does_not_set_do_not_email()
    {
        var d = Decide(Graduate(new DateTime(2010, 6, 15)), AllClear,
            Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1)),
            Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2024, 1, 1)));
        Assert.False(d.Desired.DoNotEmail);
    }

    [Fact]
    public void Withdrawing_each_known_purpose_one_by_one_on_email_sets_do_not_email()
    {
        var ledger = Enum.GetValues<ConsentPurpose>().Select(p => Withdraw(p, ContactChannel.Email, Utc(2024, 1, 1))).ToArray();
        Assert.True(Decide(Graduate(new DateTime(2023, 6, 15)), AllClear, ledger).Desired.DoNotEmail);
    }

    [Fact]
    public void A_consent_for_a_newer_purpose_keeps_email_open()
    {
        var ledger = Enum.GetValues<ConsentPurpose>().Select(p => Withdraw(p, ContactChannel.Email, Utc(2024, 1, 1)))
            .Concat(new[] { Grant((ConsentPurpose)842100008, ContactChannel.Email, Utc(2024, 2, 1)) }).ToArray();
        var d = Decide(Graduate(null), AllClear, ledger);
        Assert.False(d.Desired.DoNotEmail);
        Assert.False(d.Desired.DoNotBulkEmail);
    }

    [Fact]
    public void A_deceased_person_gets_every_flag()
    {
        var d = Decide(Graduate(new DateTime(2023, 6, 15)) with { IsDeceased = true }, AllClear,
            Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1)));
        Assert.Equal(new ContactFlags
        {
            DoNotBulkEmail = true,
            DoNotEmail = true,
            DoNotPhone = true,
            DoNotPostalMail = true,
            DoNotSendMarketingMaterial = true,
        }, d.Desired);
        Assert.Equal(5, d.Changes.Count);
        Assert.All(d.Changes, c => Assert.Equal("The person is registered as deceased.", c.Reason));
    }

    [Fact]
    public void Only_flags_that_differ_are_returned()
    {
        var current = new ContactFlags { DoNotBulkEmail = true, DoNotEmail = false, DoNotPhone = true, DoNotPostalMail = false, DoNotSendMarketingMaterial = false };
        var d = Decide(Graduate(new DateTime(2010, 6, 15)), current);
        var change = Assert.Single(d.Changes, c => c.Flag != ContactFlag.DoNotPostalMail);
        Assert.Equal(ContactFlag.DoNotSendMarketingMaterial, change.Flag);
        Assert.Equal("donotsendmm", change.ColumnLogicalName);
        Assert.True(change.NewValue);
        Assert.Contains(d.Changes, c => c.Flag == ContactFlag.DoNotPostalMail && c.ColumnLogicalName == "donotpostalmail" && c.NewValue);
    }

    [Fact]
    public void Nothing_is_written_when_nothing_changes()
    {
        var person = Graduate(new DateTime(2010, 6, 15));
        var first = Decide(person, AllClear);
        var second = Decide(person, first.Desired);
        Assert.True(first.HasChanges);
        Assert.False(second.HasChanges);
        Assert.Empty(second.Changes);
    }

    [Fact]
    public void Every_change_names_its_column_and_reason()
    {
        var d = Decide(Graduate(new DateTime(2010, 6, 15)), new ContactFlags
        {
            DoNotBulkEmail = false,
            DoNotEmail = true,
            DoNotPhone = false,
            DoNotPostalMail = false,
            DoNotSendMarketingMaterial = false,
        });
        Assert.Equal(new[] { "donotbulkemail", "donotemail", "donotphone", "donotpostalmail", "donotsendmm" },
            d.Changes.Select(c => c.ColumnLogicalName));
        Assert.All(d.Changes, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
        Assert.Equal("No purpose may be sent by e-mail.", d.Changes[0].Reason);
        Assert.Equal("Not every purpose is withdrawn on e-mail.", d.Changes[1].Reason);
    }

    [Fact]
    public void Flags_ignore_missing_addresses()
    {
        var d = Decide(Graduate(new DateTime(2023, 6, 15)) with { HasEmailAddress = false }, AllClear);
        Assert.False(d.Desired.DoNotBulkEmail);
    }

    [Fact]
    public void The_next_recompute_is_the_earliest_future_change()
    {
        var d = Decide(Graduate(new DateTime(2023, 6, 15)), AllClear,
            Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), Utc(2025, 3, 1)));
        Assert.Equal(new DateTime(2025, 3, 1), d.RecomputeAt);   // career services end 2025-06-15 comes later

        var later = ContactFlagsPolicy.Decide(Graduate(new DateTime(2023, 6, 15)), Array.Empty<ConsentRecord>(), AllClear, Utc(2025, 7, 1), EntitlementWindows.Default);
        Assert.Equal(new DateTime(2028, 6, 15), later.RecomputeAt);
    }

    [Fact]
    public void Nothing_to_recompute_when_nothing_lies_ahead()
    {
        var d = Decide(Graduate(new DateTime(2010, 6, 15)), AllClear, Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1)));
        Assert.Null(d.RecomputeAt);
    }

    [Fact]
    public void A_lapsing_legitimate_interest_changes_the_flags_without_any_write()
    {
        var person = Graduate(new DateTime(2020, 6, 15));
        var before = ContactFlagsPolicy.Decide(person, Array.Empty<ConsentRecord>(), AllClear, Utc(2025, 6, 14), EntitlementWindows.Default);
        var after = ContactFlagsPolicy.Decide(person, Array.Empty<ConsentRecord>(), before.Desired, Utc(2025, 6, 15), EntitlementWindows.Default);
        Assert.False(before.Desired.DoNotBulkEmail);
        Assert.Equal(new DateTime(2025, 6, 15), before.RecomputeAt);
        Assert.Contains(after.Changes, c => c.Flag == ContactFlag.DoNotBulkEmail && c.NewValue);
    }
}
