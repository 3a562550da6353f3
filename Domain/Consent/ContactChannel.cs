namespace AlumniCrm.Domain.Consent;

/// <summary>
/// How a contact is made (choice <c>alm_contactchannel</c>). Numeric values are the Dataverse option
/// values, so the glue maps by cast. An unknown (newer) channel always needs consent.
/// </summary>
public enum ContactChannel
{
    Email = 842100000,
    Sms = 842100001,
    Phone = 842100002,
    Post = 842100003,
}
