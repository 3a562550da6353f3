namespace AlumniCrm.Domain.Enrolment;

/// <summary>Which part of a network's rule a reason is about.</summary>
public enum EligibilityCriterion
{
    NetworkActive,
    AlumniStatus,
    Scope,
    DegreeLevel,
    Credits,
    GraduatedWithin,
}
