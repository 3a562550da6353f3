using AlumniCrm.Domain.Consent;
using AlumniCrm.Domain.Enrolment;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class DeceasedPolicyTests
{
    private static readonly DateTime AsOf = Utc(2025, 3, 10, 9);
    private static readonly PersonContactFacts Deceased =
        Graduate(new DateTime(2015, 6, 1)) with { IsDeceased = true, DeceasedOn = new DateTime(2025, 3, 1) };

    private static PersonMembership Membership(MembershipStatus status, DateTime? joined = null) => new PersonMembership
    {
        MembershipId = Guid.NewGuid(),
        NetworkId = Guid.NewGuid(),
        Status = status,
        JoinedOn = joined ?? new DateTime(2016, 1, 1),
    };

    private static DeceasedDecision Decide(PersonContactFacts person, params PersonMembership[] memberships) =>
        DeceasedPolicy.Decide(person, new[] { Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2020, 1, 1)) },
            new ContactFlags(), memberships, AsOf, EntitlementWindows.Default);

    [Fact]
    public void Active_and_suspended_memberships_end_with_reason_deceased_on_the_date_of_death()
    {
        var active = Membership(MembershipStatus.Active);
        var suspended = Membership(MembershipStatus.Suspended);
        var left = Membership(MembershipStatus.Left);

        var d = Decide(Deceased, active, suspended, left);

        Assert.True(d.IsValid);
        Assert.Equal(new[]
        {
            new MembershipEnding(active.MembershipId, active.NetworkId, LeaveReason.Deceased, new DateTime(2025, 3, 1)),
            new MembershipEnding(suspended.MembershipId, suspended.NetworkId, LeaveReason.Deceased, new DateTime(2025, 3, 1)),
        }, d.MembershipsToEnd);
    }

    [Fact]
    public void Every_contact_flag_is_set_and_no_ledger_rows_are_invented()
    {
        var d = Decide(Deceased);
        Assert.True(d.Flags.Desired.DoNotEmail && d.Flags.Desired.DoNotBulkEmail && d.Flags.Desired.DoNotPhone
            && d.Flags.Desired.DoNotPostalMail && d.Flags.Desired.DoNotSendMarketingMaterial);
        Assert.Equal(5, d.Flags.Changes.Count);
    }

    [Fact]
    public void Without_a_date_of_death_memberships_end_on_the_day_of_marking()
    {
        var d = Decide(Deceased with { DeceasedOn = null }, Membership(MembershipStatus.Active));
        Assert.Equal(new DateTime(2025, 3, 10), d.MembershipsToEnd[0].LeftOn);
    }

    [Fact]
    public void A_membership_created_after_the_death_ends_on_the_day_it_began()
    {
        var d = Decide(Deceased, Membership(MembershipStatus.Active, new DateTime(2025, 3, 5)));
        Assert.Equal(new DateTime(2025, 3, 5), d.MembershipsToEnd[0].LeftOn);
    }

    [Fact]
    public void A_date_of_death_in_the_future_is_rejected_and_nothing_is_written()
    {
        var d = Decide(Deceased with { DeceasedOn = new DateTime(2025, 3, 11) }, Membership(MembershipStatus.Active));
        Assert.False(d.IsValid);
        Assert.Equal("The date of death 2025-03-11 lies in the future.", Assert.Single(d.Errors));
        Assert.Empty(d.MembershipsToEnd);
        Assert.False(d.Flags.HasChanges);
    }

    [Fact]
    public void A_date_of_death_today_is_accepted()
    {
        Assert.True(Decide(Deceased with { DeceasedOn = new DateTime(2025, 3, 10) }).IsValid);
    }

    [Fact]
    public void A_person_not_marked_deceased_gets_nothing()
    {
        var d = Decide(Deceased with { IsDeceased = false }, Membership(MembershipStatus.Active));
        Assert.False(d.IsValid);
        Assert.Empty(d.MembershipsToEnd);
    }

    [Fact]
    public void Flags_already_set_are_not_written_again()
    {
        var allSet = new ContactFlags
        {
            DoNotBulkEmail = true,
            DoNotEmail = true,
            DoNotPhone = true,
            DoNotPostalMail = true,
            DoNotSendMarketingMaterial = true,
        };
        var d = DeceasedPolicy.Decide(Deceased, Array.Empty<ConsentRecord>(), allSet, Array.Empty<PersonMembership>(), AsOf, EntitlementWindows.Default);
        Assert.False(d.Flags.HasChanges);
    }
}
