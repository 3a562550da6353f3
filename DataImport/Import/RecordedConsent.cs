using AlumniCrm.Domain.Consent;

namespace AlumniCrm.DataImport.Import;

/// <summary>A ledger row already in the environment, reduced to what decides whether an answer is recorded.</summary>
public sealed record RecordedConsent(ConsentPurpose? Purpose, ContactChannel? Channel, ConsentStatus Status, DateOnly? ValidFromDay, string? StatementVersion);
