namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_networkstatus</c> (docs/data-model.md); the glue maps by cast.</summary>
public enum NetworkStatus
{
    Active = 842100000,
    Planned = 842100001,
    Dormant = 842100002,
    Closed = 842100003,
}
