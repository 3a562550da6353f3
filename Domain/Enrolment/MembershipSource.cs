namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_membershipsource</c> (docs/data-model.md); the glue maps by cast.</summary>
public enum MembershipSource
{
    Automatic = 842100000,
    SelfRegistered = 842100001,
    Staff = 842100002,
    Import = 842100003,
}
