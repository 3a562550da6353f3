namespace AlumniCrm.Domain.Enrolment;

/// <summary>
/// Running totals of a network's back-fill, kept on the network (<c>alm_backfillprocessed</c>,
/// <c>alm_backfillenrolled</c>) between calls of <c>alm_BackfillNetwork</c>.
/// </summary>
public sealed record BackfillProgress(int Processed, int Enrolled, bool MoreRecords, string? StoppedReason = null)
{
    public static readonly BackfillProgress Start = new BackfillProgress(0, 0, true);

    /// <summary>What to write to <c>alm_backfillstatus</c> after this page (Failed is the glue's, on an exception).</summary>
    public BackfillStatus Status => MoreRecords ? BackfillStatus.Running : BackfillStatus.Completed;
}
