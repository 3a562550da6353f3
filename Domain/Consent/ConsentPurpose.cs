namespace AlumniCrm.Domain.Consent;

/// <summary>
/// What a contact is for (choice <c>alm_consentpurpose</c>). The numeric values are the Dataverse
/// option values from docs/data-model.md, so the glue maps an OptionSetValue by a plain cast.
/// The choice may grow: a value not listed here is still a valid purpose for the rules — it is
/// described as "purpose 842100008" and always needs consent.
/// </summary>
public enum ConsentPurpose
{
    Newsletter = 842100000,
    Events = 842100001,
    SurveysAndResearch = 842100002,
    Mentoring = 842100003,
    ContinuingEducationOffers = 842100004,
    CareerServices = 842100005,
    Fundraising = 842100006,
    NetworkCommunications = 842100007,
}
