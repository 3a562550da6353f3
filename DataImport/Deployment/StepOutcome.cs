namespace AlumniCrm.DataImport.Deployment;

/// <summary>What deploying did (or, with --check, would do) with one deploy-time step.</summary>
public enum StepOutcomeKind
{
    UpToDate,
    Created,
    Updated,
    Refused,
}

public sealed record StepOutcome(DeployTimeStep Step, StepOutcomeKind Kind, string Detail);
