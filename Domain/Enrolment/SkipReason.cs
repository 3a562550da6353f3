namespace AlumniCrm.Domain.Enrolment;

/// <summary>Why the planner did not enrol a person in a network.</summary>
public enum SkipReason
{
    /// <summary>Deceased persons are never enrolled (one entry per person, no network).</summary>
    Deceased,
    /// <summary>An active membership exists (whatever its source).</summary>
    AlreadyMember,
    /// <summary>The person left the network: they decided, so they are never put back.</summary>
    PreviouslyLeft,
    /// <summary>The membership is suspended: a staff decision the planner must not undo.</summary>
    Suspended,
    /// <summary>The person does not meet the network's rule.</summary>
    NotEligible,
}
