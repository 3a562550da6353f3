namespace AlumniCrm.Domain.Enrolment;

/// <summary>The enrolments of one back-fill page and the totals after it.</summary>
public sealed record BackfillPageResult(EnrolmentPlan Plan, BackfillProgress Progress);
