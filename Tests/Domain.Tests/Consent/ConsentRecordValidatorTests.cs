using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class ConsentRecordValidatorTests
{
    private static readonly DateTime Now = Utc(2025, 3, 10, 12);

    private static ConsentRecord ValidGrant() =>
        Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Now, recordedOn: Now);

    private static ConsentRecord ValidWithdrawal() =>
        Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Now, recordedOn: Now);

    [Fact]
    public void A_complete_self_service_grant_is_valid()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant(), Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void A_grant_with_only_a_statement_version_is_valid()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Evidence = null }, Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void A_grant_with_only_evidence_text_is_valid()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { StatementVersion = "  " }, Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void A_grant_without_evidence_or_statement_version_is_rejected()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Evidence = " ", StatementVersion = null }, Now);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("needs evidence"));
    }

    [Fact]
    public void A_grant_without_source_is_rejected()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Source = null }, Now);
        Assert.Contains(result.Errors, e => e.Contains("source"));
    }

    [Fact]
    public void A_withdrawal_needs_no_evidence_but_a_source()
    {
        Assert.True(ConsentRecordValidator.Validate(ValidWithdrawal(), Now).IsValid);
        var withoutSource = ConsentRecordValidator.Validate(ValidWithdrawal() with { Source = null }, Now);
        Assert.False(withoutSource.IsValid);
        Assert.Contains(withoutSource.Errors, e => e.Contains("source"));
    }

    [Fact]
    public void A_withdrawal_may_cover_every_purpose_and_every_channel()
    {
        var everything = ValidWithdrawal() with { Purpose = null, Channel = null };
        Assert.True(ConsentRecordValidator.Validate(everything, Now).IsValid);
    }

    [Fact]
    public void A_withdrawal_has_no_end_date()
    {
        var result = ConsentRecordValidator.Validate(ValidWithdrawal() with { ValidUntil = Now.AddDays(30) }, Now);
        Assert.Contains(result.Errors, e => e.Contains("withdrawal has no valid-until"));
    }

    [Fact]
    public void A_grant_must_name_purpose_and_channel()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Purpose = null, Channel = null }, Now);
        Assert.Contains(result.Errors, e => e.Contains("must name its purpose"));
        Assert.Contains(result.Errors, e => e.Contains("must name its channel"));
    }

    [Fact]
    public void A_grant_for_an_unknown_newer_purpose_is_accepted()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Purpose = (ConsentPurpose)842100008 }, Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void Valid_until_must_be_after_valid_from()
    {
        var same = ConsentRecordValidator.Validate(ValidGrant() with { ValidUntil = Now }, Now);
        var before = ConsentRecordValidator.Validate(ValidGrant() with { ValidUntil = Now.AddDays(-1) }, Now);
        var after = ConsentRecordValidator.Validate(ValidGrant() with { ValidUntil = Now.AddYears(2) }, Now);
        Assert.Contains(same.Errors, e => e.Contains("must be after valid-from"));
        Assert.Contains(before.Errors, e => e.Contains("must be after valid-from"));
        Assert.True(after.IsValid, after.ErrorMessage);
    }

    [Fact]
    public void Staff_may_date_a_consent_up_to_24_hours_before_recording_it()
    {
        var staff = Grant(ConsentPurpose.Events, ContactChannel.Email, Now.AddHours(-24), source: ConsentSource.Staff, recordedOn: Now);
        var result = ConsentRecordValidator.Validate(staff, Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void Staff_cannot_backdate_a_consent_more_than_24_hours()
    {
        var staff = Grant(ConsentPurpose.Events, ContactChannel.Email, Now.AddHours(-24).AddMinutes(-1),
            source: ConsentSource.Staff, recordedOn: Now);
        var result = ConsentRecordValidator.Validate(staff, Now);
        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains("cannot backdate"));
    }

    [Fact]
    public void Staff_cannot_backdate_a_withdrawal_either()
    {
        var staff = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Now.AddDays(-3), ConsentSource.Staff, recordedOn: Now);
        Assert.Contains(ConsentRecordValidator.Validate(staff, Now).Errors, e => e.Contains("cannot backdate"));
    }

    [Fact]
    public void An_import_may_carry_historical_dates()
    {
        var imported = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2019, 1, 1), Utc(2029, 1, 1),
            source: ConsentSource.Import, recordedOn: Now);
        var result = ConsentRecordValidator.Validate(imported, Now);
        Assert.True(result.IsValid, result.ErrorMessage);
    }

    [Fact]
    public void An_import_may_bring_an_already_lapsed_consent_as_history()
    {
        var imported = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2019, 1, 1), Utc(2021, 1, 1),
            source: ConsentSource.Import, recordedOn: Now);
        Assert.True(ConsentRecordValidator.Validate(imported, Now).IsValid);
    }

    [Fact]
    public void A_form_consent_that_has_already_ended_is_rejected()
    {
        var lapsed = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Now.AddYears(-2), Now.AddDays(-1), recordedOn: Now);
        Assert.Contains(ConsentRecordValidator.Validate(lapsed, Now).Errors, e => e.Contains("has already passed"));
    }

    [Fact]
    public void A_staff_row_must_name_who_recorded_it()
    {
        var staff = Grant(ConsentPurpose.Events, ContactChannel.Email, Now, source: ConsentSource.Staff, recordedOn: Now)
            with
        { RecordedById = null };
        Assert.Contains(ConsentRecordValidator.Validate(staff, Now).Errors, e => e.Contains("name the staff member"));
    }

    [Theory]
    [InlineData(ConsentSource.Staff)]
    [InlineData(ConsentSource.Import)]
    [InlineData(ConsentSource.SelfServiceForm)]
    [InlineData(ConsentSource.EventRegistration)]
    public void Legitimate_interest_is_never_recorded_as_a_grant(ConsentSource source)
    {
        var row = Grant(ConsentPurpose.Events, ContactChannel.Email, Now, source: source, basis: LawfulBasis.LegitimateInterest, recordedOn: Now);
        var result = ConsentRecordValidator.Validate(row, Now);
        Assert.Contains(result.Errors, e => e.Contains("Legitimate interest is not recorded"));
    }

    [Theory]
    [InlineData(LawfulBasis.Consent)]
    [InlineData(LawfulBasis.Contract)]
    [InlineData(LawfulBasis.LegalObligation)]
    [InlineData(LawfulBasis.PublicTask)]
    [InlineData(LawfulBasis.VitalInterest)]
    public void Other_lawful_bases_may_be_recorded(LawfulBasis basis)
    {
        var row = ValidGrant() with { LawfulBasis = basis };
        Assert.True(ConsentRecordValidator.Validate(row, Now).IsValid);
    }

    [Fact]
    public void A_grant_without_lawful_basis_is_rejected()
    {
        Assert.Contains(ConsentRecordValidator.Validate(ValidGrant() with { LawfulBasis = null }, Now).Errors,
            e => e.Contains("needs its lawful basis"));
    }

    [Fact]
    public void A_withdrawal_may_be_an_objection_to_legitimate_interest()
    {
        var objection = ValidWithdrawal() with { LawfulBasis = LawfulBasis.LegitimateInterest };
        Assert.True(ConsentRecordValidator.Validate(objection, Now).IsValid);
    }

    [Fact]
    public void A_new_row_cannot_be_recorded_as_expired()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Status = ConsentStatus.Expired }, Now);
        Assert.Contains(result.Errors, e => e.Contains("cannot be recorded as expired"));
    }

    [Fact]
    public void An_unknown_status_is_rejected()
    {
        var result = ConsentRecordValidator.Validate(ValidGrant() with { Status = (ConsentStatus)5 }, Now);
        Assert.Contains(result.Errors, e => e.Contains("Unknown consent status"));
    }

    [Fact]
    public void A_row_without_person_is_rejected()
    {
        Assert.Contains(ConsentRecordValidator.Validate(ValidGrant() with { PersonId = Guid.Empty }, Now).Errors,
            e => e.Contains("person"));
    }

    [Fact]
    public void A_row_recorded_in_the_future_is_rejected_beyond_clock_skew()
    {
        var skewed = ValidGrant() with { RecordedOn = Now.AddMinutes(4), ValidFrom = Now.AddMinutes(4) };
        var future = ValidGrant() with { RecordedOn = Now.AddHours(1), ValidFrom = Now.AddHours(1) };
        Assert.True(ConsentRecordValidator.Validate(skewed, Now).IsValid);
        Assert.Contains(ConsentRecordValidator.Validate(future, Now).Errors, e => e.Contains("lies in the future"));
    }

    [Fact]
    public void Texts_longer_than_their_columns_are_rejected()
    {
        var row = ValidGrant() with { Evidence = new string('x', 4001), StatementVersion = new string('v', 51) };
        var errors = ConsentRecordValidator.Validate(row, Now).Errors;
        Assert.Contains(errors, e => e.Contains("evidence text is longer than 4000"));
        Assert.Contains(errors, e => e.Contains("statement version is longer than 50"));
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var row = new ConsentRecord { Status = ConsentStatus.Granted, RecordedOn = Now };
        var result = ConsentRecordValidator.Validate(row, Now);
        Assert.True(result.Errors.Count >= 5);
        Assert.Equal(string.Join("\n", result.Errors), result.ErrorMessage);
    }
}
