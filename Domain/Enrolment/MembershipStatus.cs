namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_membershipstatus</c> (docs/data-model.md); the glue maps by cast.</summary>
public enum MembershipStatus
{
    Active = 842100000,
    Left = 842100001,
    Suspended = 842100002,
}
