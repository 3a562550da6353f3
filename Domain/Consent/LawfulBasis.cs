namespace AlumniCrm.Domain.Consent;

/// <summary>
/// GDPR Art. 6(1) lawful basis (choice <c>alm_lawfulbasis</c>); numeric values are the Dataverse option
/// values, so the glue maps by cast. <see cref="LegitimateInterest"/> is computed from the graduation
/// date by <see cref="ContactabilityRules"/> and is never stored as a granted ledger row.
/// </summary>
public enum LawfulBasis
{
    Consent = 842100000,
    LegitimateInterest = 842100001,
    Contract = 842100002,
    LegalObligation = 842100003,
    PublicTask = 842100004,
    VitalInterest = 842100005,
}
