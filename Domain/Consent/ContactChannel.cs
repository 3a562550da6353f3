using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// How a contact is made (choice <c>alm_contactchannel</c>). Numeric values are the Dataverse option
/// values, so the glue maps by cast. An unknown (newer) channel always needs consent.
/// </summary>
public enum ContactChannel
{
    Email = OptionSets.alm_contactchannel.EMail,
    Sms = OptionSets.alm_contactchannel.SMS,
    Phone = OptionSets.alm_contactchannel.Phone,
    Post = OptionSets.alm_contactchannel.Post,
}
