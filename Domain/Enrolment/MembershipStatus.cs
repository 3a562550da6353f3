using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_membershipstatus</c> (its value comes from the schema contract); the glue maps by cast.</summary>
public enum MembershipStatus
{
    Active = OptionSets.alm_membershipstatus.Active,
    Left = OptionSets.alm_membershipstatus.Left,
    Suspended = OptionSets.alm_membershipstatus.Suspended,
}
