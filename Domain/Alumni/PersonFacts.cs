using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Alumni;

/// <summary>Everything the alumni and network rules need to know about one contact.</summary>
public sealed record PersonFacts
{
    public Guid PersonId { get; init; }
    public IReadOnlyList<QualificationFacts> Qualifications { get; init; } = Array.Empty<QualificationFacts>();
    public IReadOnlyList<StudyRightFacts> StudyRights { get; init; } = Array.Empty<StudyRightFacts>();
    public bool IsStaff { get; init; }
    /// <summary><c>alm_preregisteredon</c>: set when a current student signed up early.</summary>
    public DateTime? PreregisteredOn { get; init; }
    public bool IsDeceased { get; init; }
    /// <summary>The stored decision, if any; null for a new contact.</summary>
    public PriorAlumniDecision? Prior { get; init; }

    public bool IsPreregistered => PreregisteredOn.HasValue;

    /// <summary>
    /// The study rights recorded among the qualification rows (FS status AKTIV or PERMISJON, not
    /// completed): the data model keeps FS programme rows in one table, results and rights alike.
    /// </summary>
    public static IReadOnlyList<StudyRightFacts> StudyRightsAmong(IEnumerable<QualificationFacts> qualifications) =>
        qualifications.Where(q => q.IsStudyRightInForce).Select(q => q.ToStudyRight()).ToList();

    /// <summary>
    /// The results among the qualification rows: everything but the study rights still in force.
    /// Credits of a programme someone is still studying count once the right ends, not before —
    /// otherwise NHH's one-credit rule would make every current student an alumnus.
    /// </summary>
    public static IReadOnlyList<QualificationFacts> ResultsAmong(IEnumerable<QualificationFacts> qualifications) =>
        qualifications.Where(q => !q.IsStudyRightInForce).ToList();

    /// <summary>Has an active, not completed study right.</summary>
    public bool IsCurrentStudent => StudyRights.Any(r => r.IsCurrent);
}
