using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// State of a ledger row (choice <c>alm_consentstatus</c>); numeric values are the Dataverse option
/// values, so the glue maps by cast. <see cref="Expired"/> is never recorded as a new row: it is the
/// one change the system may make to an existing grant whose valid-until has passed.
/// </summary>
public enum ConsentStatus
{
    Granted = OptionSets.alm_consentstatus.Granted,
    Withdrawn = OptionSets.alm_consentstatus.Withdrawn,
    Expired = OptionSets.alm_consentstatus.Expired,
}
