using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_networkstatus</c> (its value comes from the schema contract); the glue maps by cast.</summary>
public enum NetworkStatus
{
    Active = OptionSets.alm_networkstatus.Active,
    Planned = OptionSets.alm_networkstatus.Planned,
    Dormant = OptionSets.alm_networkstatus.Dormant,
    Closed = OptionSets.alm_networkstatus.Closed,
}
