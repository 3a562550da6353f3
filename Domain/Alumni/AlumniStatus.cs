using AlumniCrm.Contract;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// A person's standing towards the alumni community. The numeric values are the option values of the
/// global choice <c>alm_alumnistatus</c> (its value comes from the schema contract), so the SDK glue maps by cast.
/// </summary>
public enum AlumniStatus
{
    /// <summary>A current student who signed up early ("recruit early").</summary>
    Student = OptionSets.alm_alumnistatus.Student,
    Alumnus = OptionSets.alm_alumnistatus.Alumnus,
    /// <summary>Studied here, but no result meets the alumni definition.</summary>
    FormerStudentWithoutQualifyingResult = OptionSets.alm_alumnistatus.FormerStudentWithoutQualifyingResult,
    NotEligible = OptionSets.alm_alumnistatus.NotEligible,
}
