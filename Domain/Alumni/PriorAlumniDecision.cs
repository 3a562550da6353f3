using System;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// What the contact row says today (<c>alm_alumnistatus</c>, <c>alm_qualifyingqualificationid</c>):
/// needed for "an alumnus stays an alumnus for life" when the definition later narrows.
/// </summary>
public sealed record PriorAlumniDecision(AlumniStatus Status, Guid? QualifyingQualificationId);
