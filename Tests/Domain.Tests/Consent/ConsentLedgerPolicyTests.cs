using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class ConsentLedgerPolicyTests
{
    private static readonly DateTime Now = Utc(2025, 3, 10);
    private static readonly ConsentRecord ExpiringGrant =
        Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1), Utc(2025, 1, 1));

    [Fact]
    public void An_unchanged_row_is_fine()
    {
        Assert.True(ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { }, LedgerChangeActor.User, Now).IsValid);
    }

    [Fact]
    public void The_system_may_mark_a_lapsed_grant_expired()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { Status = ConsentStatus.Expired },
            LedgerChangeActor.System, Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void The_system_may_mark_expired_exactly_at_valid_until()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { Status = ConsentStatus.Expired },
            LedgerChangeActor.System, Utc(2025, 1, 1));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void The_system_cannot_mark_a_grant_expired_before_valid_until()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { Status = ConsentStatus.Expired },
            LedgerChangeActor.System, Utc(2024, 12, 31));
        Assert.Contains("valid until 2025-01-01", result.ErrorMessage);
    }

    [Fact]
    public void A_grant_without_end_date_never_expires()
    {
        var open = ExpiringGrant with { ValidUntil = null };
        var result = ConsentLedgerPolicy.CheckUpdate(open, open with { Status = ConsentStatus.Expired }, LedgerChangeActor.System, Now);
        Assert.Contains("no end date", result.ErrorMessage);
    }

    [Fact]
    public void Staff_cannot_mark_a_grant_expired()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { Status = ConsentStatus.Expired },
            LedgerChangeActor.User, Now);
        Assert.Contains("staff cannot mark one expired", result.ErrorMessage);
    }

    [Fact]
    public void Expiry_cannot_carry_other_changes()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant,
            ExpiringGrant with { Status = ConsentStatus.Expired, Evidence = "edited" }, LedgerChangeActor.System, Now);
        Assert.False(result.IsValid);
        Assert.Contains("status, evidence", result.ErrorMessage);
    }

    [Fact]
    public void A_grant_cannot_be_turned_into_a_withdrawal_by_editing()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { Status = ConsentStatus.Withdrawn },
            LedgerChangeActor.User, Now);
        Assert.Contains("append-only", result.ErrorMessage);
        Assert.Contains("Record a new consent or withdrawal row", result.ErrorMessage);
    }

    [Theory]
    [InlineData(LedgerChangeActor.User)]
    [InlineData(LedgerChangeActor.System)]
    public void A_withdrawal_can_never_be_edited_away(LedgerChangeActor actor)
    {
        var withdrawal = Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 5, 1));
        var result = ConsentLedgerPolicy.CheckUpdate(withdrawal, withdrawal with { Status = ConsentStatus.Granted }, actor, Now);
        Assert.Contains("withdrawal can never be edited", result.ErrorMessage);
    }

    [Fact]
    public void Extending_a_consent_by_editing_is_refused_and_names_the_column()
    {
        var result = ConsentLedgerPolicy.CheckUpdate(ExpiringGrant, ExpiringGrant with { ValidUntil = Utc(2030, 1, 1) },
            LedgerChangeActor.User, Now);
        Assert.Contains("(attempted to change valid until)", result.ErrorMessage);
    }

    [Fact]
    public void Every_column_change_is_detected()
    {
        var changed = ExpiringGrant with
        {
            PersonId = Guid.NewGuid(),
            Purpose = ConsentPurpose.Events,
            Channel = ContactChannel.Sms,
            Status = ConsentStatus.Withdrawn,
            LawfulBasis = LawfulBasis.Contract,
            ValidFrom = Utc(2020, 1, 1),
            ValidUntil = Utc(2030, 1, 1),
            Source = ConsentSource.Import,
            Evidence = "x",
            StatementVersion = "v9",
            RecordedById = Guid.NewGuid(),
            RecordedOn = Utc(2020, 1, 2),
        };
        Assert.Equal(12, ConsentLedgerPolicy.ChangedColumns(ExpiringGrant, changed).Count);
    }

    [Fact]
    public void Rows_are_deleted_only_as_part_of_erasure()
    {
        Assert.True(ConsentLedgerPolicy.CheckDelete(ExpiringGrant, isPartOfErasure: true).IsValid);
        var refused = ConsentLedgerPolicy.CheckDelete(ExpiringGrant, isPartOfErasure: false);
        Assert.Contains("cannot be deleted", refused.ErrorMessage);
        Assert.Contains("Record a withdrawal instead", refused.ErrorMessage);
    }

    [Fact]
    public void Only_lapsed_grants_are_listed_for_marking_expired()
    {
        var open = Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 1, 1));
        var future = Grant(ConsentPurpose.Events, ContactChannel.Sms, Utc(2023, 1, 1), Utc(2026, 1, 1));
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Post, Utc(2023, 1, 1));
        var already = ExpiringGrant with { Id = Guid.NewGuid(), Status = ConsentStatus.Expired };
        var ids = ConsentLedgerPolicy.RowsToMarkExpired(new[] { ExpiringGrant, open, future, withdrawal, already }, Now);
        Assert.Equal(new[] { ExpiringGrant.Id }, ids);
    }
}
