using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Keeps the standard do-not flags in step with the ledger, so Dynamics features that do not know the
/// ledger (quick campaigns, Customer Insights journeys, the e-mail form) respect it too. Mapping at T:
/// <list type="bullet">
/// <item><c>donotbulkemail</c>: no purpose may be sent by e-mail at T.</item>
/// <item><c>donotemail</c>: every purpose is withdrawn on e-mail (an explicit "stop"). Not set merely because no
/// basis exists, so staff can still answer a graduate's own e-mail.</item>
/// <item><c>donotphone</c>, <c>donotpostalmail</c>: no purpose may use the channel at T.</item>
/// <item><c>donotsendmm</c>: no marketing purpose (newsletter, continuing-education offers, fundraising) is
/// allowed on any channel at T.</item>
/// <item>Deceased: every flag set.</item>
/// </list>
/// Addresses are ignored: a flag says whether we may, not whether we can.
/// </summary>
public static class ContactFlagsPolicy
{
    /// <summary>Purposes that are marketing under the Marketing Control Act.</summary>
    public static IReadOnlyList<ConsentPurpose> MarketingPurposes { get; } = new[]
    {
        ConsentPurpose.Newsletter, ConsentPurpose.ContinuingEducationOffers, ConsentPurpose.Fundraising,
    };

    private static readonly ContactChannel[] Channels =
    {
        ContactChannel.Email, ContactChannel.Sms, ContactChannel.Phone, ContactChannel.Post,
    };

    public static ContactFlagsDecision Decide(
        PersonContactFacts person,
        IReadOnlyList<ConsentRecord> ledger,
        ContactFlags current,
        DateTime asOf,
        EntitlementWindows windows)
    {
        if (person == null) throw new ArgumentNullException(nameof(person));
        if (ledger == null) throw new ArgumentNullException(nameof(ledger));
        if (current == null) throw new ArgumentNullException(nameof(current));

        var desired = Desire(person, ledger, asOf, windows, out var reasons);
        var changes = new List<ContactFlagChange>();
        foreach (ContactFlag flag in Enum.GetValues(typeof(ContactFlag)))
        {
            var value = desired.Get(flag);
            if (value != current.Get(flag))
                changes.Add(new ContactFlagChange(flag, ContactFlags.ColumnOf(flag), value, reasons[flag]));
        }

        return new ContactFlagsDecision
        {
            Desired = desired,
            Changes = changes,
            RecomputeAt = NextChange(person, ledger, asOf, windows),
        };
    }

    private static ContactFlags Desire(
        PersonContactFacts person, IReadOnlyList<ConsentRecord> ledger, DateTime asOf, EntitlementWindows windows,
        out Dictionary<ContactFlag, string> reasons)
    {
        reasons = new Dictionary<ContactFlag, string>();
        if (person.IsDeceasedAt(asOf))
        {
            foreach (ContactFlag flag in Enum.GetValues(typeof(ContactFlag)))
                reasons[flag] = "The person is registered as deceased.";
            return new ContactFlags
            {
                DoNotBulkEmail = true,
                DoNotEmail = true,
                DoNotPhone = true,
                DoNotPostalMail = true,
                DoNotSendMarketingMaterial = true,
            };
        }

        var purposes = PurposesToConsider(ledger);
        var outcomes = new Dictionary<ContactChannel, List<ContactabilityDecision>>();
        foreach (var channel in Channels)
            outcomes[channel] = purposes
                .Select(p => ContactabilityRules.EvaluatePermission(person, ledger, p, channel, asOf, windows))
                .ToList();

        bool AnyAllowed(ContactChannel channel) => outcomes[channel].Any(d => d.Allowed);
        bool AllWithdrawn(ContactChannel channel) => outcomes[channel].All(d => d.Outcome == ContactabilityOutcome.Withdrawn);

        var marketingAllowed = Channels.Any(channel => MarketingPurposes.Any(p =>
            ContactabilityRules.EvaluatePermission(person, ledger, p, channel, asOf, windows).Allowed));

        var flags = new ContactFlags
        {
            DoNotBulkEmail = !AnyAllowed(ContactChannel.Email),
            DoNotEmail = AllWithdrawn(ContactChannel.Email),
            DoNotPhone = !AnyAllowed(ContactChannel.Phone),
            DoNotPostalMail = !AnyAllowed(ContactChannel.Post),
            DoNotSendMarketingMaterial = !marketingAllowed,
        };

        reasons[ContactFlag.DoNotBulkEmail] = flags.DoNotBulkEmail
            ? "No purpose may be sent by e-mail." : "At least one purpose may be sent by e-mail.";
        reasons[ContactFlag.DoNotEmail] = flags.DoNotEmail
            ? "The person withdrew every purpose on e-mail." : "Not every purpose is withdrawn on e-mail.";
        reasons[ContactFlag.DoNotPhone] = flags.DoNotPhone
            ? "No purpose allows phone calls." : "At least one purpose allows phone calls.";
        reasons[ContactFlag.DoNotPostalMail] = flags.DoNotPostalMail
            ? "No purpose allows post." : "At least one purpose allows post.";
        reasons[ContactFlag.DoNotSendMarketingMaterial] = flags.DoNotSendMarketingMaterial
            ? "No marketing purpose (newsletter, continuing-education offers, fundraising) is allowed on any channel."
            : "At least one marketing purpose is allowed.";
        return flags;
    }

    /// <summary>The eight known purposes plus any newer purpose the ledger mentions.</summary>
    private static List<ConsentPurpose> PurposesToConsider(IEnumerable<ConsentRecord> ledger)
    {
        var purposes = Enum.GetValues(typeof(ConsentPurpose)).Cast<ConsentPurpose>().ToList();
        foreach (var record in ledger)
            if (record?.Purpose is { } purpose && !purposes.Contains(purpose))
                purposes.Add(purpose);
        return purposes;
    }

    private static DateTime? NextChange(PersonContactFacts person, IEnumerable<ConsentRecord> ledger, DateTime asOf, EntitlementWindows windows)
    {
        var moments = new List<DateTime>();
        foreach (var record in ledger)
        {
            if (record == null || (person.PersonId != Guid.Empty && record.PersonId != person.PersonId)) continue;
            moments.Add(record.EffectiveFrom);
            if (record.ValidUntil is { } until) moments.Add(until);
        }

        if (person.IsDeceased && person.DeceasedOn is { } died) moments.Add(died.Date);
        if (person.LatestGraduationDate is { } graduated)
        {
            moments.Add(graduated.Date);
            var entitlements = AlumniEntitlements.For(graduated, windows, asOf);
            if (entitlements.LegitimateInterestUntil is { } interestEnds) moments.Add(interestEnds);
            if (entitlements.CareerServicesEligibleUntil is { } careerEnds) moments.Add(careerEnds);
        }

        var future = moments.Where(m => m > asOf).ToList();
        return future.Count == 0 ? (DateTime?)null : future.Min();
    }
}
