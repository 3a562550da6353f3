using System;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>The alumni status columns as the contact row holds them now, to write only what changed.</summary>
public sealed record StoredAlumniStatus
{
    public AlumniStatus? Status { get; init; }
    public string? Reason { get; init; }
    public Guid? QualifyingQualificationId { get; init; }
    public Guid? DefinitionId { get; init; }
    public DateTime? FirstGraduationDate { get; init; }
    public DateTime? LatestGraduationDate { get; init; }

    /// <summary>What the rules call the prior decision: null when no status was ever stored.</summary>
    public PriorAlumniDecision? Prior => Status.HasValue ? new PriorAlumniDecision(Status.Value, QualifyingQualificationId) : null;
}
