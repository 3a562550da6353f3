namespace AlumniCrm.Domain.Enrolment;

/// <summary>One criterion of a network rule, met or not, in words naming the programme.</summary>
public sealed record EligibilityReason(EligibilityCriterion Criterion, bool IsMet, string Text)
{
    /// <summary>The line shown by the "why (not) in this network?" API.</summary>
    public override string ToString() => (IsMet ? "Met: " : "Not met: ") + Text;
}
