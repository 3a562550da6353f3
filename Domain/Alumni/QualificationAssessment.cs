using System;

namespace AlumniCrm.Domain.Alumni;

/// <summary>Whether one qualification meets the alumni definition, and why (not).</summary>
public sealed record QualificationAssessment(Guid QualificationId, string Label, bool Counts, string Explanation);
