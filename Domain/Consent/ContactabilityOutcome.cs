namespace AlumniCrm.Domain.Consent;

/// <summary>Which rule decided a contactability question (machine-readable twin of the reason text).</summary>
public enum ContactabilityOutcome
{
    /// <summary>Allowed: a granted ledger row valid at the time (its lawful basis is reported).</summary>
    AllowedByLedger,

    /// <summary>Allowed: legitimate interest within the window after the latest graduation.</summary>
    AllowedByLegitimateInterest,

    /// <summary>Allowed: career services within the entitlement window after the latest graduation.</summary>
    AllowedByCareerServicesEntitlement,

    /// <summary>Not allowed: the person is deceased.</summary>
    Deceased,

    /// <summary>Not allowed: the latest word for this purpose and channel is a withdrawal.</summary>
    Withdrawn,

    /// <summary>Not allowed: the consent ran out and nothing else covers the contact.</summary>
    ConsentExpired,

    /// <summary>Not allowed: no consent, and neither legitimate interest nor an entitlement applies.</summary>
    NoLawfulBasis,

    /// <summary>Not allowed in practice: a basis exists, but the person has no address for the channel.</summary>
    NoAddressForChannel,
}
