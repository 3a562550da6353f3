namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// A person's standing towards the alumni community. The numeric values are the option values of the
/// global choice <c>alm_alumnistatus</c> (docs/data-model.md), so the SDK glue maps by cast.
/// </summary>
public enum AlumniStatus
{
    /// <summary>A current student who signed up early ("recruit early").</summary>
    Student = 842100000,
    Alumnus = 842100001,
    /// <summary>Studied here, but no result meets the alumni definition.</summary>
    FormerStudentWithoutQualifyingResult = 842100002,
    NotEligible = 842100003,
}
