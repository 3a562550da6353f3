using System;
using System.Collections.Generic;
using System.Globalization;
using AlumniCrm.Domain.Common;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// "May we contact this person for purpose P on channel C at time T?" Decided in this order:
/// <list type="number">
/// <item>Deceased → never.</item>
/// <item>A withdrawal (for this purpose or every purpose, on this channel or every channel) with no later
/// grant → no, whatever else applies, legitimate interest included.</item>
/// <item>A granted ledger row valid at T (valid-from ≤ T &lt; valid-until) → yes, on its lawful basis.</item>
/// <item>Legitimate interest or the career-services entitlement, where <see cref="PurposeChannelTable"/>
/// allows it, computed at T from the latest graduation date — it lapses by itself, no job needed.</item>
/// <item>Otherwise no; an expired consent is reported as "expired on …".</item>
/// </list>
/// When a basis exists but the person has no address for the channel, the answer is no as well.
/// </summary>
public static class ContactabilityRules
{
    public static ContactabilityDecision Evaluate(
        PersonContactFacts person,
        IEnumerable<ConsentRecord> ledger,
        ConsentPurpose purpose,
        ContactChannel channel,
        DateTime asOf,
        EntitlementWindows windows)
    {
        var decision = EvaluatePermission(person, ledger, purpose, channel, asOf, windows);
        if (!decision.Allowed) return decision;

        var missing = MissingAddress(person, channel);
        if (missing == null) return decision;
        return decision with
        {
            Allowed = false,
            Outcome = ContactabilityOutcome.NoAddressForChannel,
            Reason = "Not possible: there is no " + missing + " on record. (" + decision.Reason + ")",
        };
    }

    /// <summary>The lawful side only, ignoring whether an address exists — what the contact flags reflect.</summary>
    public static ContactabilityDecision EvaluatePermission(
        PersonContactFacts person,
        IEnumerable<ConsentRecord> ledger,
        ConsentPurpose purpose,
        ContactChannel channel,
        DateTime asOf,
        EntitlementWindows windows)
    {
        if (person == null) throw new ArgumentNullException(nameof(person));
        if (ledger == null) throw new ArgumentNullException(nameof(ledger));
        if (windows == null) throw new ArgumentNullException(nameof(windows));

        var what = ConsentText.PurposeByChannel(purpose, channel);

        if (person.IsDeceasedAt(asOf))
            return Denied(ContactabilityOutcome.Deceased, null,
                "Not allowed: the person is registered as deceased"
                + (person.DeceasedOn is { } died ? " (" + DateText.Day(died) + ")" : "") + ".");

        var reading = LedgerReading.Read(ledger, person.PersonId, purpose, channel, asOf);

        if (reading.BlockingWithdrawal is { } withdrawal)
            return Denied(ContactabilityOutcome.Withdrawn, withdrawal.Id,
                "Not allowed: the person withdrew from " + ConsentText.Purpose(withdrawal.Purpose)
                + " on " + ConsentText.Channel(withdrawal.Channel)
                + " on " + DateText.Day(withdrawal.EffectiveFrom) + " (" + ConsentText.Source(withdrawal.Source) + "). "
                + "A withdrawal overrides legitimate interest; only a new consent lifts it.");

        if (reading.ValidGrant is { } grant)
        {
            var basis = grant.LawfulBasis ?? LawfulBasis.Consent;
            return new ContactabilityDecision
            {
                Allowed = true,
                Outcome = ContactabilityOutcome.AllowedByLedger,
                LawfulBasis = basis,
                ValidUntil = grant.ValidUntil,
                DecidingRecordId = grant.Id,
                Reason = "Allowed on " + ConsentText.Basis(basis) + " for " + what
                    + " given on " + DateText.Day(grant.EffectiveFrom) + " (" + Provenance(grant) + "), "
                    + (grant.ValidUntil is { } until ? "valid until " + DateText.Day(until) : "with no end date") + ".",
            };
        }

        var entitlements = AlumniEntitlements.For(person.LatestGraduationDate, windows, asOf);
        var nonConsent = PurposeChannelTable.For(purpose, channel);

        if (nonConsent == NonConsentBasis.LegitimateInterestWindow && entitlements.IsWithinLegitimateInterest)
            return new ContactabilityDecision
            {
                Allowed = true,
                Outcome = ContactabilityOutcome.AllowedByLegitimateInterest,
                LawfulBasis = LawfulBasis.LegitimateInterest,
                ValidUntil = entitlements.LegitimateInterestUntil,
                Reason = "Allowed on legitimate interest: " + what + " is covered for "
                    + Years(windows.LegitimateInterestYears) + " after the latest graduation ("
                    + DateText.Day(entitlements.LatestGraduationDate!.Value) + "), until "
                    + DateText.Day(entitlements.LegitimateInterestUntil!.Value) + ".",
            };

        if (nonConsent == NonConsentBasis.CareerServicesWindow && entitlements.IsCareerServicesEligible)
            return new ContactabilityDecision
            {
                Allowed = true,
                Outcome = ContactabilityOutcome.AllowedByCareerServicesEntitlement,
                LawfulBasis = LawfulBasis.LegitimateInterest,
                ValidUntil = entitlements.CareerServicesEligibleUntil,
                Reason = "Allowed on legitimate interest: career services are offered for "
                    + Years(windows.CareerServicesYears) + " after the latest graduation ("
                    + DateText.Day(entitlements.LatestGraduationDate!.Value) + "), until "
                    + DateText.Day(entitlements.CareerServicesEligibleUntil!.Value) + ".",
            };

        var withoutConsent = WhyNothingElseApplies(what, nonConsent, entitlements, windows, asOf);

        if (reading.ExpiredGrant is { } expired)
            return Denied(ContactabilityOutcome.ConsentExpired, expired.Id,
                "Not allowed: the consent to " + what + " given on " + DateText.Day(expired.EffectiveFrom)
                + (expired.ValidUntil is { } ended ? " expired on " + DateText.Day(ended) : " was marked expired")
                + ", and " + withoutConsent);

        return Denied(ContactabilityOutcome.NoLawfulBasis, null,
            "Not allowed: there is no consent to " + what + ", and " + withoutConsent);
    }

    private static string WhyNothingElseApplies(
        string what, NonConsentBasis nonConsent, AlumniEntitlements entitlements, EntitlementWindows windows, DateTime asOf)
    {
        switch (nonConsent)
        {
            case NonConsentBasis.LegitimateInterestWindow:
                return WhyWindowDoesNotApply("legitimate interest", windows.LegitimateInterestYears,
                    entitlements.LatestGraduationDate, entitlements.LegitimateInterestUntil, asOf);
            case NonConsentBasis.CareerServicesWindow:
                return WhyWindowDoesNotApply("the career-services entitlement", windows.CareerServicesYears,
                    entitlements.LatestGraduationDate, entitlements.CareerServicesEligibleUntil, asOf);
            default:
                return what + " always needs consent.";
        }
    }

    private static string WhyWindowDoesNotApply(string window, int years, DateTime? graduated, DateTime? until, DateTime asOf)
    {
        if (graduated == null)
            return window + " does not apply: no graduation is recorded.";
        if (until == null)
            return window + " is switched off in the alumni definition.";
        if (asOf < graduated.Value)
            return window + " starts at the graduation on " + DateText.Day(graduated.Value) + ".";
        return window + " ended on " + DateText.Day(until.Value) + " (" + Years(years)
            + " after the latest graduation on " + DateText.Day(graduated.Value) + ").";
    }

    private static string Provenance(ConsentRecord grant)
    {
        var text = ConsentText.Source(grant.Source);
        if (!string.IsNullOrWhiteSpace(grant.StatementVersion))
            text += ", statement version " + grant.StatementVersion!.Trim();
        return text;
    }

    private static string? MissingAddress(PersonContactFacts person, ContactChannel channel) => channel switch
    {
        ContactChannel.Email when person.HasEmailAddress == false => "e-mail address",
        ContactChannel.Sms when person.HasMobilePhone == false => "mobile number",
        ContactChannel.Phone when person.HasMobilePhone == false => "mobile number",
        ContactChannel.Post when person.HasPostalAddress == false => "postal address",
        _ => null,
    };

    private static string Years(int years) =>
        years.ToString(CultureInfo.InvariantCulture) + (years == 1 ? " year" : " years");

    private static ContactabilityDecision Denied(ContactabilityOutcome outcome, Guid? recordId, string reason) =>
        new ContactabilityDecision { Allowed = false, Outcome = outcome, DecidingRecordId = recordId, Reason = reason };
}
