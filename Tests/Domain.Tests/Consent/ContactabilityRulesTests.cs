using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class ContactabilityRulesTests
{
    // BI: legitimate interest for 5 years after graduation; OsloMet/UiA: career services for 2 years.
    private static readonly DateTime Graduated = new DateTime(2020, 6, 15);
    private static readonly PersonContactFacts Alumnus = Graduate(Graduated);

    // --- legitimate interest (BI, 5 years) ---

    [Fact]
    public void Events_by_email_rest_on_legitimate_interest_within_five_years()
    {
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 1, 1));
        Assert.True(d.Allowed);
        Assert.Equal(ContactabilityOutcome.AllowedByLegitimateInterest, d.Outcome);
        Assert.Equal(LawfulBasis.LegitimateInterest, d.LawfulBasis);
        Assert.Equal(new DateTime(2025, 6, 15), d.ValidUntil);
        Assert.Equal("Allowed on legitimate interest: events by e-mail is covered for 5 years after the latest graduation "
            + "(2020-06-15), until 2025-06-15.", d.Reason);
    }

    [Fact]
    public void Legitimate_interest_holds_on_the_graduation_day()
    {
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2020, 6, 15)).Allowed);
    }

    [Fact]
    public void Legitimate_interest_holds_until_the_last_moment_before_the_fifth_anniversary()
    {
        Assert.True(Evaluate(Alumnus, ConsentPurpose.NetworkCommunications, ContactChannel.Email, Utc(2025, 6, 14, 23, 59)).Allowed);
    }

    [Fact]
    public void Legitimate_interest_lapses_by_itself_on_the_fifth_anniversary()
    {
        var d = Evaluate(Alumnus, ConsentPurpose.NetworkCommunications, ContactChannel.Email, Utc(2025, 6, 15));
        Assert.False(d.Allowed);
        Assert.Equal(ContactabilityOutcome.NoLawfulBasis, d.Outcome);
        Assert.Null(d.LawfulBasis);
        Assert.Equal("Not allowed: there is no consent to network communications by e-mail, and legitimate interest ended on "
            + "2025-06-15 (5 years after the latest graduation on 2020-06-15).", d.Reason);
    }

    [Fact]
    public void Legitimate_interest_does_not_apply_before_graduation()
    {
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2020, 6, 14));
        Assert.False(d.Allowed);
        Assert.Contains("starts at the graduation on 2020-06-15", d.Reason);
    }

    [Fact]
    public void Legitimate_interest_runs_from_the_latest_graduation()
    {
        var masterAfterBachelor = Graduate(new DateTime(2024, 6, 15));
        Assert.True(Evaluate(masterAfterBachelor, ConsentPurpose.Events, ContactChannel.Email, Utc(2028, 1, 1)).Allowed);
    }

    [Fact]
    public void Without_a_graduation_only_consent_allows_contact()
    {
        var student = Graduate(null);
        var d = Evaluate(student, ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 1, 1));
        Assert.False(d.Allowed);
        Assert.Contains("legitimate interest does not apply: no graduation is recorded", d.Reason);
    }

    [Fact]
    public void A_configured_legitimate_interest_window_is_used()
    {
        var threeYears = new EntitlementWindows(3, 2);
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 6, 15), threeYears).Allowed);
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 6, 14), threeYears).Allowed);
    }

    [Fact]
    public void A_switched_off_window_says_so()
    {
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1), new EntitlementWindows(0, 2));
        Assert.False(d.Allowed);
        Assert.Contains("switched off in the alumni definition", d.Reason);
    }

    [Theory]
    [InlineData(ConsentPurpose.Newsletter)]
    [InlineData(ConsentPurpose.ContinuingEducationOffers)]
    [InlineData(ConsentPurpose.Fundraising)]
    public void Marketing_by_email_always_needs_consent_even_right_after_graduation(ConsentPurpose purpose)
    {
        var d = Evaluate(Alumnus, purpose, ContactChannel.Email, Utc(2020, 7, 1));
        Assert.False(d.Allowed);
        Assert.Equal(ContactabilityOutcome.NoLawfulBasis, d.Outcome);
        Assert.EndsWith("by e-mail always needs consent.", d.Reason);
    }

    [Theory]
    [InlineData(ContactChannel.Sms)]
    [InlineData(ContactChannel.Phone)]
    public void Sms_and_phone_need_consent_for_alumni_relation_purposes(ContactChannel channel)
    {
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Events, channel, Utc(2021, 1, 1)).Allowed);
    }

    [Fact]
    public void Events_by_post_rest_on_legitimate_interest()
    {
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Post, Utc(2021, 1, 1)).Allowed);
    }

    // --- career services (OsloMet / UiA, 2 years) ---

    [Theory]
    [InlineData(ContactChannel.Email)]
    [InlineData(ContactChannel.Sms)]
    [InlineData(ContactChannel.Phone)]
    [InlineData(ContactChannel.Post)]
    public void Career_services_are_offered_for_two_years_on_every_channel(ContactChannel channel)
    {
        var d = Evaluate(Alumnus, ConsentPurpose.CareerServices, channel, Utc(2022, 6, 14));
        Assert.True(d.Allowed);
        Assert.Equal(ContactabilityOutcome.AllowedByCareerServicesEntitlement, d.Outcome);
        Assert.Equal(LawfulBasis.LegitimateInterest, d.LawfulBasis);
        Assert.Equal(new DateTime(2022, 6, 15), d.ValidUntil);
        Assert.Contains("career services are offered for 2 years after the latest graduation (2020-06-15), until 2022-06-15", d.Reason);
    }

    [Fact]
    public void Career_services_after_two_years_need_consent_although_legitimate_interest_still_runs()
    {
        var d = Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Email, Utc(2022, 6, 15));
        Assert.False(d.Allowed);
        Assert.Contains("the career-services entitlement ended on 2022-06-15 (2 years after the latest graduation on 2020-06-15)", d.Reason);
    }

    [Fact]
    public void Career_services_after_two_years_are_allowed_with_consent()
    {
        var consent = Grant(ConsentPurpose.CareerServices, ContactChannel.Email, Utc(2023, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Email, Utc(2024, 1, 1), null, consent);
        Assert.True(d.Allowed);
        Assert.Equal(LawfulBasis.Consent, d.LawfulBasis);
    }

    [Fact]
    public void Career_services_on_a_recorded_contract_are_allowed_outside_the_window()
    {
        var contract = Grant(ConsentPurpose.CareerServices, ContactChannel.Phone, Utc(2023, 1, 1), Utc(2024, 1, 1), basis: LawfulBasis.Contract);
        var d = Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Phone, Utc(2023, 6, 1), null, contract);
        Assert.True(d.Allowed);
        Assert.Equal(LawfulBasis.Contract, d.LawfulBasis);
        Assert.StartsWith("Allowed on contract for career services by phone", d.Reason);
    }

    [Fact]
    public void A_configured_career_services_window_is_used()
    {
        var oneYear = new EntitlementWindows(5, 1);
        Assert.False(Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Email, Utc(2021, 6, 15), oneYear).Allowed);
    }

    // --- explicit consent ---

    [Fact]
    public void A_valid_consent_allows_and_names_its_provenance()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 10), Utc(2026, 1, 10)) with { StatementVersion = "NL-2023" };
        var d = Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, consent);
        Assert.True(d.Allowed);
        Assert.Equal(ContactabilityOutcome.AllowedByLedger, d.Outcome);
        Assert.Equal(LawfulBasis.Consent, d.LawfulBasis);
        Assert.Equal(Utc(2026, 1, 10), d.ValidUntil);
        Assert.Equal(consent.Id, d.DecidingRecordId);
        Assert.Equal("Allowed on consent for the newsletter by e-mail given on 2023-01-10 (self-service form, statement version NL-2023), "
            + "valid until 2026-01-10.", d.Reason);
    }

    [Fact]
    public void A_consent_without_end_date_says_so()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 10));
        var d = Evaluate(Graduate(null), ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2030, 1, 1), null, consent);
        Assert.True(d.Allowed);
        Assert.Null(d.ValidUntil);
        Assert.EndsWith("with no end date.", d.Reason);
    }

    [Fact]
    public void A_consent_is_preferred_over_legitimate_interest()
    {
        var consent = Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2022, 1, 1), null, consent);
        Assert.Equal(ContactabilityOutcome.AllowedByLedger, d.Outcome);
    }

    [Fact]
    public void A_consent_counts_from_valid_from_not_before()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 2, 1), recordedOn: Utc(2024, 1, 1));
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 31), null, consent).Allowed);
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 2, 1), null, consent).Allowed);
    }

    [Fact]
    public void A_consent_is_per_channel()
    {
        var email = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, email).Allowed);
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2024, 1, 1), null, email).Allowed);
    }

    [Fact]
    public void A_consent_is_per_purpose()
    {
        var newsletter = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1));
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Fundraising, ContactChannel.Email, Utc(2024, 1, 1), null, newsletter).Allowed);
    }

    [Fact]
    public void Rows_of_other_persons_are_ignored()
    {
        var someoneElse = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1)) with { PersonId = Guid.NewGuid() };
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, someoneElse).Allowed);
    }

    [Fact]
    public void A_legacy_ledger_row_claiming_legitimate_interest_is_ignored()
    {
        var legacy = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1), basis: LawfulBasis.LegitimateInterest);
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, legacy).Allowed);
    }

    [Fact]
    public void A_grant_without_basis_counts_as_consent()
    {
        var row = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1)) with { LawfulBasis = null };
        Assert.Equal(LawfulBasis.Consent, Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, row).LawfulBasis);
    }

    [Fact]
    public void Of_several_valid_grants_the_longest_lasting_is_reported()
    {
        var shortOne = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1), Utc(2025, 1, 1));
        var longOne = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1), Utc(2027, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, shortOne, longOne);
        Assert.Equal(longOne.Id, d.DecidingRecordId);
        Assert.Equal(Utc(2027, 1, 1), d.ValidUntil);
    }

    // --- expiry ---

    [Fact]
    public void An_expired_consent_does_not_count_and_reports_the_expiry_date()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1), Utc(2024, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, consent);
        Assert.False(d.Allowed);
        Assert.Equal(ContactabilityOutcome.ConsentExpired, d.Outcome);
        Assert.Equal(consent.Id, d.DecidingRecordId);
        Assert.Equal("Not allowed: the consent to the newsletter by e-mail given on 2022-01-01 expired on 2024-01-01, "
            + "and the newsletter by e-mail always needs consent.", d.Reason);
    }

    [Fact]
    public void A_consent_is_valid_until_the_moment_before_valid_until()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1), Utc(2024, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 12, 31, 23, 59), null, consent).Allowed);
    }

    [Fact]
    public void A_row_marked_expired_does_not_count_even_before_its_end_date()
    {
        var marked = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1), Utc(2026, 1, 1)) with { Status = ConsentStatus.Expired };
        var d = Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, marked);
        Assert.Equal(ContactabilityOutcome.ConsentExpired, d.Outcome);
    }

    [Fact]
    public void After_a_consent_expires_legitimate_interest_may_still_carry_the_contact()
    {
        var consent = Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1), Utc(2022, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 1, 1), null, consent);
        Assert.Equal(ContactabilityOutcome.AllowedByLegitimateInterest, d.Outcome);
    }

    [Fact]
    public void An_expired_consent_after_legitimate_interest_ended_names_both()
    {
        var consent = Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2024, 1, 1), Utc(2026, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2026, 2, 1), null, consent);
        Assert.Equal(ContactabilityOutcome.ConsentExpired, d.Outcome);
        Assert.Contains("expired on 2026-01-01", d.Reason);
        Assert.Contains("legitimate interest ended on 2025-06-15", d.Reason);
    }

    // --- withdrawal ---

    [Fact]
    public void A_withdrawal_beats_legitimate_interest()
    {
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 3, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2022, 1, 1), null, withdrawal);
        Assert.False(d.Allowed);
        Assert.Equal(ContactabilityOutcome.Withdrawn, d.Outcome);
        Assert.Equal(withdrawal.Id, d.DecidingRecordId);
        Assert.Equal("Not allowed: the person withdrew from events on e-mail on 2021-03-01 (self-service form). "
            + "A withdrawal overrides legitimate interest; only a new consent lifts it.", d.Reason);
    }

    [Fact]
    public void A_withdrawal_beats_the_career_services_entitlement()
    {
        var withdrawal = Withdraw(ConsentPurpose.CareerServices, ContactChannel.Sms, Utc(2021, 3, 1));
        Assert.Equal(ContactabilityOutcome.Withdrawn,
            Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Sms, Utc(2021, 6, 1), null, withdrawal).Outcome);
    }

    [Fact]
    public void A_withdrawal_beats_an_earlier_consent_that_has_not_yet_expired()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2021, 1, 1), Utc(2030, 1, 1));
        var withdrawal = Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1));
        Assert.Equal(ContactabilityOutcome.Withdrawn,
            Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1), null, consent, withdrawal).Outcome);
    }

    [Fact]
    public void A_withdrawal_only_counts_from_when_it_was_made()
    {
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2022, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 12, 31), null, withdrawal).Allowed);
    }

    [Fact]
    public void A_new_consent_after_a_withdrawal_allows_again()
    {
        var withdrawal = Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1));
        var again = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1));
        var d = Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, withdrawal, again);
        Assert.True(d.Allowed);
        Assert.Equal(again.Id, d.DecidingRecordId);
    }

    [Fact]
    public void On_the_same_instant_a_withdrawal_wins_over_a_grant()
    {
        var at = Utc(2023, 1, 1, 10);
        var grant = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, at);
        var withdrawal = Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, at);
        Assert.Equal(ContactabilityOutcome.Withdrawn,
            Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 2, 1), null, withdrawal, grant).Outcome);
        Assert.Equal(ContactabilityOutcome.Withdrawn,
            Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 2, 1), null, grant, withdrawal).Outcome);
    }

    [Fact]
    public void A_withdrawal_on_every_channel_blocks_each_channel()
    {
        var withdrawal = Withdraw(ConsentPurpose.Events, null, Utc(2021, 1, 1));
        foreach (var channel in new[] { ContactChannel.Email, ContactChannel.Sms, ContactChannel.Phone, ContactChannel.Post })
        {
            var d = Evaluate(Alumnus, ConsentPurpose.Events, channel, Utc(2022, 1, 1), null, withdrawal);
            Assert.Equal(ContactabilityOutcome.Withdrawn, d.Outcome);
            Assert.Contains("withdrew from events on every channel", d.Reason);
        }
    }

    [Fact]
    public void A_withdrawal_from_everything_blocks_every_purpose()
    {
        var withdrawal = Withdraw(null, null, Utc(2021, 1, 1));
        Assert.Equal(ContactabilityOutcome.Withdrawn,
            Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Post, Utc(2021, 2, 1), null, withdrawal).Outcome);
        Assert.Contains("withdrew from every purpose on every channel",
            Evaluate(Alumnus, ConsentPurpose.Mentoring, ContactChannel.Email, Utc(2021, 2, 1), null, withdrawal).Reason);
    }

    [Fact]
    public void A_channel_specific_consent_after_a_withdrawal_on_every_channel_reopens_only_that_channel()
    {
        var withdrawal = Withdraw(ConsentPurpose.Newsletter, null, Utc(2021, 1, 1));
        var sms = Grant(ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2022, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2023, 1, 1), null, withdrawal, sms).Allowed);
        Assert.False(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1), null, withdrawal, sms).Allowed);
    }

    [Fact]
    public void A_withdrawal_on_one_channel_leaves_the_others()
    {
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Post, Utc(2022, 1, 1), null, withdrawal).Allowed);
    }

    [Fact]
    public void A_withdrawal_for_one_purpose_leaves_the_others()
    {
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.SurveysAndResearch, ContactChannel.Email, Utc(2022, 1, 1), null, withdrawal).Allowed);
    }

    [Fact]
    public void When_a_reconsent_after_withdrawal_expires_legitimate_interest_applies_again()
    {
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1));
        var again = Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 6, 1), Utc(2022, 1, 1));
        Assert.Equal(ContactabilityOutcome.AllowedByLegitimateInterest,
            Evaluate(Alumnus, ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 1, 1), null, withdrawal, again).Outcome);
    }

    [Fact]
    public void Ledger_order_is_by_effective_time_not_by_list_order()
    {
        var withdrawal = Withdraw(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 1, 1));
        var laterGrant = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2023, 1, 1));
        Assert.True(Evaluate(Alumnus, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2024, 1, 1), null, laterGrant, withdrawal).Allowed);
    }

    // --- deceased ---

    [Fact]
    public void A_deceased_person_is_never_contacted()
    {
        var deceased = Alumnus with { IsDeceased = true, DeceasedOn = new DateTime(2022, 3, 1) };
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2021, 1, 1));
        var d = Evaluate(deceased, ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2022, 4, 1), null, consent);
        Assert.False(d.Allowed);
        Assert.Equal(ContactabilityOutcome.Deceased, d.Outcome);
        Assert.Equal("Not allowed: the person is registered as deceased (2022-03-01).", d.Reason);
        Assert.Equal(ContactabilityOutcome.Deceased,
            Evaluate(deceased, ConsentPurpose.CareerServices, ContactChannel.Post, Utc(2022, 4, 1)).Outcome);
    }

    [Fact]
    public void A_deceased_person_without_date_is_never_contacted()
    {
        var deceased = Alumnus with { IsDeceased = true };
        Assert.Equal("Not allowed: the person is registered as deceased.",
            Evaluate(deceased, ConsentPurpose.Events, ContactChannel.Email, Utc(2020, 7, 1)).Reason);
    }

    [Fact]
    public void A_question_about_a_time_before_death_is_answered_as_for_a_living_person()
    {
        var deceased = Alumnus with { IsDeceased = true, DeceasedOn = new DateTime(2022, 3, 1) };
        Assert.True(Evaluate(deceased, ConsentPurpose.Events, ContactChannel.Email, Utc(2022, 2, 28)).Allowed);
    }

    // --- channel reachability ---

    [Fact]
    public void Sms_without_a_mobile_number_is_not_possible_even_with_consent()
    {
        var consent = Grant(ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2021, 1, 1));
        var person = Alumnus with { HasMobilePhone = false };
        var d = Evaluate(person, ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2022, 1, 1), null, consent);
        Assert.False(d.Allowed);
        Assert.Equal(ContactabilityOutcome.NoAddressForChannel, d.Outcome);
        Assert.Equal(LawfulBasis.Consent, d.LawfulBasis);
        Assert.StartsWith("Not possible: there is no mobile number on record. (Allowed on consent", d.Reason);
    }

    [Theory]
    [InlineData(ContactChannel.Email, "e-mail address")]
    [InlineData(ContactChannel.Post, "postal address")]
    [InlineData(ContactChannel.Phone, "mobile number")]
    public void A_missing_address_blocks_its_channel(ContactChannel channel, string missing)
    {
        var person = Alumnus with { HasEmailAddress = false, HasPostalAddress = false, HasMobilePhone = false };
        var d = Evaluate(person, ConsentPurpose.CareerServices, channel, Utc(2021, 1, 1));
        Assert.Equal(ContactabilityOutcome.NoAddressForChannel, d.Outcome);
        Assert.Contains("no " + missing, d.Reason);
    }

    [Fact]
    public void An_address_the_glue_did_not_look_up_is_not_checked()
    {
        var d = Evaluate(Alumnus, ConsentPurpose.CareerServices, ContactChannel.Sms, Utc(2021, 1, 1));
        Assert.True(d.Allowed);
    }

    [Fact]
    public void A_present_address_lets_the_contact_through()
    {
        var person = Alumnus with { HasEmailAddress = true };
        Assert.True(Evaluate(person, ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1)).Allowed);
    }

    [Fact]
    public void A_missing_address_does_not_hide_a_withdrawal()
    {
        var person = Alumnus with { HasEmailAddress = false };
        var withdrawal = Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2021, 1, 1));
        Assert.Equal(ContactabilityOutcome.Withdrawn,
            Evaluate(person, ConsentPurpose.Events, ContactChannel.Email, Utc(2022, 1, 1), null, withdrawal).Outcome);
    }

    [Fact]
    public void Permission_ignores_the_address()
    {
        var person = Alumnus with { HasEmailAddress = false };
        var d = ContactabilityRules.EvaluatePermission(person, Array.Empty<ConsentRecord>(), ConsentPurpose.Events, ContactChannel.Email,
            Utc(2021, 1, 1), EntitlementWindows.Default);
        Assert.True(d.Allowed);
    }

    // --- values the rules do not know ---

    [Fact]
    public void An_unknown_purpose_needs_consent_and_is_named_by_its_value()
    {
        var library = (ConsentPurpose)842100008;
        var d = Evaluate(Alumnus, library, ContactChannel.Email, Utc(2021, 1, 1));
        Assert.False(d.Allowed);
        Assert.Contains("purpose 842100008 by e-mail always needs consent", d.Reason);
        var consent = Grant(library, ContactChannel.Email, Utc(2020, 7, 1));
        Assert.True(Evaluate(Alumnus, library, ContactChannel.Email, Utc(2021, 1, 1), null, consent).Allowed);
    }

    [Fact]
    public void An_unknown_channel_needs_consent()
    {
        var app = (ContactChannel)842100004;
        var d = Evaluate(Alumnus with { HasEmailAddress = false, HasMobilePhone = false }, ConsentPurpose.Events, app, Utc(2021, 1, 1));
        Assert.False(d.Allowed);
        Assert.Contains("events by channel 842100004 always needs consent", d.Reason);
    }
}
