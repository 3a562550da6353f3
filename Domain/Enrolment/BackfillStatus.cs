using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Option values of the global choice <c>alm_backfillstatus</c> (its value comes from the schema contract); the glue maps by cast.</summary>
public enum BackfillStatus
{
    NotNeeded = OptionSets.alm_backfillstatus.NotNeeded,
    Pending = OptionSets.alm_backfillstatus.Pending,
    Running = OptionSets.alm_backfillstatus.Running,
    Completed = OptionSets.alm_backfillstatus.Completed,
    Failed = OptionSets.alm_backfillstatus.Failed,
}
