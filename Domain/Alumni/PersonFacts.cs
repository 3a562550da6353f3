using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Alumni;

/// <summary>Everything the alumni and network rules need to know about one contact.</summary>
public sealed record PersonFacts
{
    public Guid PersonId { get; init; }
    public IReadOnlyList<QualificationFacts> Qualifications { get; init; } = new QualificationFacts[0];
    public IReadOnlyList<StudyRightFacts> StudyRights { get; init; } = new StudyRightFacts[0];
    public bool IsStaff { get; init; }
    /// <summary><c>alm_preregisteredon</c>: set when a current student signed up early.</summary>
    public DateTime? PreregisteredOn { get; init; }
    public bool IsDeceased { get; init; }
    /// <summary>The stored decision, if any; null for a new contact.</summary>
    public PriorAlumniDecision? Prior { get; init; }

    public bool IsPreregistered => PreregisteredOn.HasValue;

    /// <summary>Has an active, not completed study right.</summary>
    public bool IsCurrentStudent => StudyRights.Any(r => r.IsCurrent);
}
