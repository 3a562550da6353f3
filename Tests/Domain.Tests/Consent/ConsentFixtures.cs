using AlumniCrm.Domain.Consent;

namespace AlumniCrm.Domain.Tests.Consent;

/// <summary>Builders that keep the tests about behaviour, not about filling in records.</summary>
internal static class ConsentFixtures
{
    public static readonly Guid PersonId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid StaffUserId = Guid.Parse("22222222-2222-2222-2222-222222222222");

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static PersonContactFacts Graduate(DateTime? latestGraduation) => new PersonContactFacts
    {
        PersonId = PersonId,
        LatestGraduationDate = latestGraduation,
    };

    public static ConsentRecord Grant(
        ConsentPurpose? purpose, ContactChannel? channel, DateTime from, DateTime? until = null,
        ConsentSource source = ConsentSource.SelfServiceForm, LawfulBasis basis = LawfulBasis.Consent, DateTime? recordedOn = null) =>
        new ConsentRecord
        {
            Id = Guid.NewGuid(),
            PersonId = PersonId,
            Purpose = purpose,
            Channel = channel,
            Status = ConsentStatus.Granted,
            LawfulBasis = basis,
            ValidFrom = from,
            ValidUntil = until,
            Source = source,
            Evidence = "I want to receive this.",
            StatementVersion = "v1",
            RecordedById = source == ConsentSource.Staff ? StaffUserId : null,
            RecordedOn = recordedOn ?? from,
        };

    public static ConsentRecord Withdraw(
        ConsentPurpose? purpose, ContactChannel? channel, DateTime on,
        ConsentSource source = ConsentSource.SelfServiceForm, DateTime? recordedOn = null) =>
        new ConsentRecord
        {
            Id = Guid.NewGuid(),
            PersonId = PersonId,
            Purpose = purpose,
            Channel = channel,
            Status = ConsentStatus.Withdrawn,
            ValidFrom = on,
            Source = source,
            RecordedById = source == ConsentSource.Staff ? StaffUserId : null,
            RecordedOn = recordedOn ?? on,
        };

    public static ContactabilityDecision Evaluate(
        PersonContactFacts person, ConsentPurpose purpose, ContactChannel channel, DateTime asOf,
        EntitlementWindows? windows = null, params ConsentRecord[] ledger) =>
        ContactabilityRules.Evaluate(person, ledger, purpose, channel, asOf, windows ?? EntitlementWindows.Default);
}
