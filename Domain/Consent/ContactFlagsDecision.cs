using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// The flags the ledger implies and the subset that differs from the contact's current values. The glue
/// writes <see cref="Changes"/> only — nothing when it is empty — so the flag update cannot retrigger itself.
/// </summary>
public sealed record ContactFlagsDecision
{
    public ContactFlags Desired { get; init; } = new ContactFlags();

    public IReadOnlyList<ContactFlagChange> Changes { get; init; } = Array.Empty<ContactFlagChange>();

    public bool HasChanges => Changes.Count > 0;

    /// <summary>
    /// The next moment the flags may change without anything being written (a consent or a window
    /// running out, a consent taking effect). Empty when nothing is scheduled. A periodic job may
    /// recompute persons whose moment has passed.
    /// </summary>
    public DateTime? RecomputeAt { get; init; }
}
