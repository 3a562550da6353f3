namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_leavereason</c> (docs/data-model.md); the glue maps by cast.</summary>
public enum LeaveReason
{
    OwnChoice = 842100000,
    Deceased = 842100001,
    Erasure = 842100002,
    StaffDecision = 842100003,
    Other = 842100004,
}
