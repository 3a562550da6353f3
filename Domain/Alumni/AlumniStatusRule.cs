namespace AlumniCrm.Domain.Alumni;

/// <summary>The rule that decided a status, in precedence order (first that applies wins).</summary>
public enum AlumniStatusRule
{
    /// <summary>1. A qualification meets the definition.</summary>
    QualifyingQualification = 1,
    /// <summary>2. A staff member, and the definition counts staff.</summary>
    IncludedStaff = 2,
    /// <summary>3. Was an alumnus before; the definition narrowed since. Alumnus for life.</summary>
    AlumnusForLife = 3,
    /// <summary>4. A current student who pre-registered, and the definition allows it.</summary>
    PreregisteredStudent = 4,
    /// <summary>5. A current student without pre-registration (or where it is not allowed): not yet.</summary>
    CurrentStudentNotPreregistered = 5,
    /// <summary>6. Has qualification records, none of which meets the definition.</summary>
    NoQualifyingResult = 6,
    /// <summary>7. Nothing connects the person to the institution under this definition.</summary>
    NoConnection = 7,
}
