using System.Globalization;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Deployment;

/// <summary>The deploy verb's work: import, register the deploy-time steps, add them to the solution, report.</summary>
public sealed class Deployer(DataverseWebApiClient client, CliConsole console)
{
    public async Task<int> RunAsync(IReadOnlyList<DeployTimeStep> steps, byte[]? package, bool dryRun, CancellationToken cancellationToken)
    {
        if (package is not null)
        {
            if (dryRun)
            {
                console.Output.WriteLine("--check: the package is not imported.");
            }
            else
            {
                console.Output.WriteLine("Importing the solution…");
                if (await new SolutionImporter(client).ImportAsync(package, cancellationToken).ConfigureAwait(false) is { } failure)
                {
                    console.WriteError("The solution import failed: " + failure);
                    return ExitCodes.EnvironmentNotReady;
                }

                console.Output.WriteLine("The solution is imported.");
            }
        }

        var registrar = new StepRegistrar(client);
        var outcomes = new List<StepOutcome>();
        foreach (var step in steps)
        {
            var outcome = await registrar.RegisterAsync(step, dryRun, cancellationToken).ConfigureAwait(false);
            outcomes.Add(outcome);
            var verb = (outcome.Kind, dryRun) switch
            {
                (StepOutcomeKind.Created, true) => "would create",
                (StepOutcomeKind.Updated, true) => "would update",
                (StepOutcomeKind.Created, false) => "created",
                (StepOutcomeKind.Updated, false) => "updated",
                (StepOutcomeKind.UpToDate, _) => "up to date",
                _ => "REFUSED",
            };
            console.Output.WriteLine($"{verb,-12} {step.Name}{(outcome.Kind is StepOutcomeKind.Created or StepOutcomeKind.Updated or StepOutcomeKind.Refused ? " — " + outcome.Detail : string.Empty)}");
        }

        var membership = new SolutionMembership(client);
        var (solution, solutionId, problem) = await membership.TargetAsync(create: !dryRun, cancellationToken).ConfigureAwait(false);
        var added = 0;
        if (solution is null)
        {
            console.WriteError("The steps were not added to a solution: " + problem + ".");
        }
        else
        {
            var registered = outcomes.Where(o => o.Kind != StepOutcomeKind.Refused).Select(o => o.Step.Id);
            added = await membership.AddStepsAsync(solution, solutionId, registered, dryRun, cancellationToken).ConfigureAwait(false);
            if (solution == SolutionMembership.HoldingSolution)
                console.Output.WriteLine($"{SolutionMembership.ProductSolution} is managed here, so the steps belong to the unmanaged solution {SolutionMembership.HoldingSolution}.");
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{added} step(s) {(dryRun ? "would be" : "were")} added to {solution}."));
        }

        var refused = outcomes.Count(o => o.Kind == StepOutcomeKind.Refused);
        var changed = outcomes.Count(o => o.Kind is StepOutcomeKind.Created or StepOutcomeKind.Updated);
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{steps.Count} deploy-time steps: {outcomes.Count(o => o.Kind == StepOutcomeKind.UpToDate)} up to date, {changed} {(dryRun ? "to create or update" : "created or updated")}, {refused} refused."));
        if (refused > 0 || solution is null) return ExitCodes.EnvironmentNotReady;
        return dryRun && (changed > 0 || added > 0) ? ExitCodes.RowErrors : ExitCodes.Success;
    }
}
