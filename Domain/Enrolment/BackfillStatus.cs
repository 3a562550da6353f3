namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_backfillstatus</c> (docs/data-model.md); the glue maps by cast.</summary>
public enum BackfillStatus
{
    NotNeeded = 842100000,
    Pending = 842100001,
    Running = 842100002,
    Completed = 842100003,
    Failed = 842100004,
}
