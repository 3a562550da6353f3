using System;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>A person and network the planner left alone, and why.</summary>
public sealed record SkippedEnrolment
{
    public Guid PersonId { get; init; }
    /// <summary>Null when the skip is about the person as a whole (deceased).</summary>
    public Guid? NetworkId { get; init; }
    public string NetworkName { get; init; } = "";
    public SkipReason Reason { get; init; }
    public string Explanation { get; init; } = "";
}
