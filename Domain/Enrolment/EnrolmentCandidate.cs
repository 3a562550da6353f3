using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>A person to plan for: the facts and the alumni status decided from them.</summary>
public sealed record EnrolmentCandidate(PersonFacts Person, AlumniStatusDecision AlumniStatus)
{
    /// <summary>Decides the status under <paramref name="definition"/> and pairs it with the facts.</summary>
    public static EnrolmentCandidate Assess(PersonFacts person, AlumniDefinition definition) =>
        new EnrolmentCandidate(person, AlumniStatusRules.Decide(person, definition));
}
