namespace AlumniCrm.Domain.Consent;

/// <summary>The standard contact columns the rules keep in step with the ledger.</summary>
public enum ContactFlag
{
    /// <summary><c>donotbulkemail</c>.</summary>
    DoNotBulkEmail,

    /// <summary><c>donotemail</c>.</summary>
    DoNotEmail,

    /// <summary><c>donotphone</c>.</summary>
    DoNotPhone,

    /// <summary><c>donotpostalmail</c>.</summary>
    DoNotPostalMail,

    /// <summary><c>donotsendmm</c>.</summary>
    DoNotSendMarketingMaterial,
}
