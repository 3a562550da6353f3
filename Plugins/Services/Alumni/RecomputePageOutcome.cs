namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>One page of <c>alm_RecomputeAlumniStatus</c>: persons read, statuses changed, and how to continue.</summary>
public sealed record RecomputePageOutcome(int Processed, int Changed, int Enrolled, bool MoreRecords, string? PagingCookie);
