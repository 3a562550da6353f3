using System.Collections.Generic;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Whether a network change calls for a back-fill, and which changes made it so.</summary>
public sealed record BackfillNeed(bool IsRequired, IReadOnlyList<string> Reasons)
{
    /// <summary>What to write to <c>alm_backfillstatus</c>.</summary>
    public BackfillStatus Status => IsRequired ? BackfillStatus.Pending : BackfillStatus.NotNeeded;
}
