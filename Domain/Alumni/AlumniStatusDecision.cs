using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// The decided alumni status of one person, ready to be written to the contact:
/// <c>alm_alumnistatus</c>, <c>alm_alumnistatusreason</c>, <c>alm_qualifyingqualificationid</c>,
/// <c>alm_firstgraduationdate</c>, <c>alm_latestgraduationdate</c>, <c>alm_alumnidefinitionid</c>.
/// </summary>
public sealed record AlumniStatusDecision
{
    public Guid PersonId { get; init; }
    public AlumniStatus Status { get; init; }
    /// <summary>Which rule decided and on which qualification, in words for communications staff.</summary>
    public string Reason { get; init; } = "";
    public AlumniStatusRule DecidedBy { get; init; }
    public Guid? DecidingQualificationId { get; init; }
    public Guid DefinitionId { get; init; }
    /// <summary>Earliest award date among completed qualifications (any level), or null.</summary>
    public DateTime? FirstGraduationDate { get; init; }
    /// <summary>Latest award date among completed qualifications (any level), or null.</summary>
    public DateTime? LatestGraduationDate { get; init; }
    /// <summary>Every qualification that meets the current definition.</summary>
    public IReadOnlyList<Guid> QualifyingQualificationIds { get; init; } = Array.Empty<Guid>();
    /// <summary>One line per qualification: counts or not, and why.</summary>
    public IReadOnlyList<QualificationAssessment> Assessments { get; init; } = Array.Empty<QualificationAssessment>();

    /// <summary>True when the status or deciding qualification differs from what is stored, i.e. the
    /// glue must write (the recompute API counts these as "changed").</summary>
    public bool DiffersFrom(PriorAlumniDecision? prior) =>
        prior == null || prior.Status != Status || prior.QualifyingQualificationId != DecidingQualificationId;
}
