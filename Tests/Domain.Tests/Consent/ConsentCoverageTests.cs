using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class ConsentCoverageTests
{
    private static readonly DateTime AsOf = Utc(2025, 1, 1);

    private static PersonConsentState Person(DateTime? graduated, params ConsentRecord[] ledger)
    {
        var id = Guid.NewGuid();
        return new PersonConsentState(
            new PersonContactFacts { PersonId = id, LatestGraduationDate = graduated },
            ledger.Select(r => r with { PersonId = id }).ToList());
    }

    [Fact]
    public void Aalto_half_of_the_alumni_consented_to_email()
    {
        // Aalto: 80,000 alumni, e-mail consent from 40,000 (scaled down 1:1000).
        var persons = Enumerable.Range(0, 80)
            .Select(i => i % 2 == 0
                ? Person(new DateTime(2010, 6, 1), Grant(ConsentPurpose.Newsletter, ContactChannel.Email, Utc(2015, 1, 1)))
                : Person(new DateTime(2010, 6, 1)))
            .ToList();

        var report = ConsentCoverage.Measure(persons, ConsentPurpose.Newsletter, ContactChannel.Email, AsOf, EntitlementWindows.Default);

        Assert.Equal(80, report.Total);
        Assert.Equal(40, report.Allowed);
        Assert.Equal(40, report.AllowedByLedger);
        Assert.Equal(0, report.AllowedByLegitimateInterest);
        Assert.Equal(0.5, report.AllowedShare);
        Assert.Equal(40, report.CountOf(ContactabilityOutcome.NoLawfulBasis));
    }

    [Fact]
    public void Every_person_is_counted_once_under_the_outcome_that_decided()
    {
        var persons = new[]
        {
            Person(new DateTime(2022, 6, 1)),                                                             // legitimate interest
            Person(null, Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2024, 1, 1))),            // consent
            Person(new DateTime(2022, 6, 1), Withdraw(ConsentPurpose.Events, ContactChannel.Email, Utc(2023, 1, 1))), // withdrawn
            Person(new DateTime(2010, 6, 1)),                                                             // no basis
            Person(null, Grant(ConsentPurpose.Events, ContactChannel.Email, Utc(2022, 1, 1), Utc(2024, 1, 1))),   // expired
            new PersonConsentState(new PersonContactFacts { PersonId = Guid.NewGuid(), IsDeceased = true }, Array.Empty<ConsentRecord>()),
            new PersonConsentState(new PersonContactFacts { PersonId = Guid.NewGuid(), LatestGraduationDate = new DateTime(2023, 1, 1), HasEmailAddress = false }, Array.Empty<ConsentRecord>()),
        };

        var report = ConsentCoverage.Measure(persons, ConsentPurpose.Events, ContactChannel.Email, AsOf, EntitlementWindows.Default);

        Assert.Equal(7, report.Total);
        Assert.Equal(2, report.Allowed);
        Assert.Equal(1, report.AllowedByLedger);
        Assert.Equal(1, report.AllowedByLegitimateInterest);
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.AllowedByLegitimateInterest));
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.AllowedByLedger));
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.Withdrawn));
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.NoLawfulBasis));
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.ConsentExpired));
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.Deceased));
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.NoAddressForChannel));
        Assert.Equal(report.Total, report.ByOutcome.Values.Sum());
    }

    [Fact]
    public void Sms_coverage_counts_only_those_with_a_mobile_number()
    {
        var withMobile = Person(null, Grant(ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2024, 1, 1)));
        var withoutMobile = Person(null, Grant(ConsentPurpose.Newsletter, ContactChannel.Sms, Utc(2024, 1, 1)));
        withoutMobile = withoutMobile with { Person = withoutMobile.Person with { HasMobilePhone = false } };

        var report = ConsentCoverage.Measure(new[] { withMobile, withoutMobile }, ConsentPurpose.Newsletter, ContactChannel.Sms, AsOf, EntitlementWindows.Default);

        Assert.Equal(1, report.Allowed);
        Assert.Equal(1, report.CountOf(ContactabilityOutcome.NoAddressForChannel));
    }

    [Fact]
    public void Coverage_of_nobody_is_zero()
    {
        var report = ConsentCoverage.Measure(Array.Empty<PersonConsentState>(), ConsentPurpose.Events, ContactChannel.Email, AsOf, EntitlementWindows.Default);
        Assert.Equal(0, report.Total);
        Assert.Equal(0, report.AllowedShare);
        Assert.Equal(ConsentPurpose.Events, report.Purpose);
        Assert.Equal(ContactChannel.Email, report.Channel);
        Assert.Equal(AsOf, report.AsOf);
    }
}
