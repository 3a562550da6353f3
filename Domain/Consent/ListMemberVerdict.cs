using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>Whether one person may be added to the list; <see cref="Message"/> names who and why.</summary>
public sealed record ListMemberVerdict
{
    public Guid PersonId { get; init; }
    public string DisplayName { get; init; } = "";
    public bool MayBeAdded { get; init; }
    public string Message { get; init; } = "";

    /// <summary>The contactability decision behind the verdict; empty when the list itself is not usable.</summary>
    public ContactabilityDecision? Decision { get; init; }
}
