using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// What a contact is for (choice <c>alm_consentpurpose</c>). The numeric values are the Dataverse
/// option values from the schema contract, so the glue maps an OptionSetValue by a plain cast.
/// The choice may grow: a value not listed here is still a valid purpose for the rules — it is
/// described as "purpose 842100008" and always needs consent.
/// </summary>
public enum ConsentPurpose
{
    Newsletter = OptionSets.alm_consentpurpose.Newsletter,
    Events = OptionSets.alm_consentpurpose.Events,
    SurveysAndResearch = OptionSets.alm_consentpurpose.SurveysAndResearch,
    Mentoring = OptionSets.alm_consentpurpose.Mentoring,
    ContinuingEducationOffers = OptionSets.alm_consentpurpose.ContinuingEducationOffers,
    CareerServices = OptionSets.alm_consentpurpose.CareerServices,
    Fundraising = OptionSets.alm_consentpurpose.Fundraising,
    NetworkCommunications = OptionSets.alm_consentpurpose.NetworkCommunications,
}
