namespace AlumniCrm.Domain.Consent;

/// <summary>One cell of the purpose × channel table: what carries the contact without a consent, and why.</summary>
public sealed record PurposeChannelRule(ConsentPurpose Purpose, ContactChannel Channel, NonConsentBasis Basis, string Why);
