namespace AlumniCrm.Domain.Consent;

/// <summary>
/// Values of the contact's do-not flags. The glue reads an empty (null) column as false, which is
/// Dataverse's default for these columns.
/// </summary>
public sealed record ContactFlags
{
    public bool DoNotBulkEmail { get; init; }
    public bool DoNotEmail { get; init; }
    public bool DoNotPhone { get; init; }
    public bool DoNotPostalMail { get; init; }
    public bool DoNotSendMarketingMaterial { get; init; }

    public bool Get(ContactFlag flag) => flag switch
    {
        ContactFlag.DoNotBulkEmail => DoNotBulkEmail,
        ContactFlag.DoNotEmail => DoNotEmail,
        ContactFlag.DoNotPhone => DoNotPhone,
        ContactFlag.DoNotPostalMail => DoNotPostalMail,
        ContactFlag.DoNotSendMarketingMaterial => DoNotSendMarketingMaterial,
        _ => false,
    };

    /// <summary>The Dataverse column of a flag.</summary>
    public static string ColumnOf(ContactFlag flag) => flag switch
    {
        ContactFlag.DoNotBulkEmail => "donotbulkemail",
        ContactFlag.DoNotEmail => "donotemail",
        ContactFlag.DoNotPhone => "donotphone",
        ContactFlag.DoNotPostalMail => "donotpostalmail",
        ContactFlag.DoNotSendMarketingMaterial => "donotsendmm",
        _ => "",
    };
}
