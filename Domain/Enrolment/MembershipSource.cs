using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_membershipsource</c> (its value comes from the schema contract); the glue maps by cast.</summary>
public enum MembershipSource
{
    Automatic = OptionSets.alm_membershipsource.Automatic,
    SelfRegistered = OptionSets.alm_membershipsource.SelfRegistered,
    Staff = OptionSets.alm_membershipsource.Staff,
    Import = OptionSets.alm_membershipsource.Import,
}
