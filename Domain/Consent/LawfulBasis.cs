using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// GDPR Art. 6(1) lawful basis (choice <c>alm_lawfulbasis</c>); numeric values are the Dataverse option
/// values, so the glue maps by cast. <see cref="LegitimateInterest"/> is computed from the graduation
/// date by <see cref="ContactabilityRules"/> and is never stored as a granted ledger row.
/// </summary>
public enum LawfulBasis
{
    Consent = OptionSets.alm_lawfulbasis.Consent,
    LegitimateInterest = OptionSets.alm_lawfulbasis.LegitimateInterest,
    Contract = OptionSets.alm_lawfulbasis.Contract,
    LegalObligation = OptionSets.alm_lawfulbasis.LegalObligation,
    PublicTask = OptionSets.alm_lawfulbasis.PublicTask,
    VitalInterest = OptionSets.alm_lawfulbasis.VitalInterest,
}
