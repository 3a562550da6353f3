namespace AlumniCrm.Domain.Consent;

/// <summary>
/// How a ledger row came about (choice <c>alm_consentsource</c>); numeric values are the Dataverse
/// option values, so the glue maps by cast. Together with evidence and statement version this makes a
/// consent provable: who, when, how, for what.
/// </summary>
public enum ConsentSource
{
    SelfServiceForm = 842100000,
    Import = 842100001,
    Staff = 842100002,
    EventRegistration = 842100003,
}
