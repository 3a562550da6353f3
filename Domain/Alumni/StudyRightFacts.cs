using System;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// A study right (FS <c>studieprogramstudent</c>) the person holds. Active and not completed means
/// the person is a current student of that programme.
/// </summary>
public sealed record StudyRightFacts
{
    public Guid? ProgrammeId { get; init; }
    public string? ProgrammeCode { get; init; }
    public Guid? FacultyId { get; init; }
    public Guid? InstituteId { get; init; }
    public DegreeLevel? Level { get; init; }
    /// <summary>FS says the right is in force (e.g. status AKTIV or PERMISJON).</summary>
    public bool IsActive { get; init; }
    public bool IsCompleted { get; init; }

    public bool IsCurrent => IsActive && !IsCompleted;

    public string Label => string.IsNullOrWhiteSpace(ProgrammeCode) ? "an unnamed programme" : ProgrammeCode!.Trim();
}
