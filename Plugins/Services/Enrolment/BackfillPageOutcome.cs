using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>One page of a back-fill: totals so far, whether to call again, and the token to call with.</summary>
public sealed record BackfillPageOutcome(BackfillProgress Progress, int EnrolledOnThisPage, string? PagingCookie)
{
    public bool MoreRecords => Progress.MoreRecords;
}
