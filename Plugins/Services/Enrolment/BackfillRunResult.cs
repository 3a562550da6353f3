using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>Why a back-fill ran (or not), how far it got, and how many pages it took.</summary>
public sealed record BackfillRunResult(BackfillNeed Need, BackfillPageOutcome? LastPage, int Pages);
