namespace AlumniCrm.Domain.Consent;

/// <summary>What may carry a contact for a purpose and channel when there is no valid ledger grant.</summary>
public enum NonConsentBasis
{
    /// <summary>Only a consent (or another recorded basis) allows the contact.</summary>
    ConsentRequired,

    /// <summary>Legitimate interest during the legitimate-interest window after the latest graduation.</summary>
    LegitimateInterestWindow,

    /// <summary>Legitimate interest during the career-services entitlement window after the latest graduation.</summary>
    CareerServicesWindow,
}
