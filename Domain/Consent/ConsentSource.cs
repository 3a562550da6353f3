using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// How a ledger row came about (choice <c>alm_consentsource</c>); numeric values are the Dataverse
/// option values, so the glue maps by cast. Together with evidence and statement version this makes a
/// consent provable: who, when, how, for what.
/// </summary>
public enum ConsentSource
{
    SelfServiceForm = OptionSets.alm_consentsource.SelfServiceForm,
    Import = OptionSets.alm_consentsource.Import,
    Staff = OptionSets.alm_consentsource.Staff,
    EventRegistration = OptionSets.alm_consentsource.EventRegistration,
}
