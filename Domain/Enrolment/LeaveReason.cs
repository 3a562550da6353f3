using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_leavereason</c> (its value comes from the schema contract); the glue maps by cast.</summary>
public enum LeaveReason
{
    OwnChoice = OptionSets.alm_leavereason.MemberSOwnChoice,
    Deceased = OptionSets.alm_leavereason.Deceased,
    Erasure = OptionSets.alm_leavereason.ErasureGDPR,
    StaffDecision = OptionSets.alm_leavereason.StaffDecision,
    Other = OptionSets.alm_leavereason.Other,
}
