using System.CommandLine;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Registrations;
using AlumniCrm.DataImport.Verbs.Online;

namespace AlumniCrm.DataImport.Verbs.CheckRegistrations;

/// <summary><c>check-registrations --environment URL [--solution Solution]</c>: step files' SdkMessageIds against the environment.</summary>
public sealed class CheckRegistrationsVerb(CliConsole console, OnlineServices services) : IImporterVerb
{
    public Command CreateCommand()
    {
        var environment = OnlineOptions.Environment();
        var solution = new Option<string>("--solution")
        {
            Description = "The unpacked solution folder (default: Solution).",
            DefaultValueFactory = _ => "Solution",
            HelpName = "folder",
        };
        var command = new Command("check-registrations", "Compare the SdkMessageId of every step file in the solution source with the environment's " +
            "sdkmessages (by name) and list the mismatches (read-only). Exit codes: 0 all match, 1 mismatches, 2 no step files, 64 usage error, 69 could not connect.")
        {
            environment, solution,
        };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetValue(solution)!;
            var steps = StepFile.ReadAll(folder);
            if (steps.Count == 0)
            {
                console.WriteError($"No step files under '{Path.Combine(folder, "SdkMessageProcessingSteps")}'.");
                return ExitCodes.InputUnreadable;
            }

            return new OnlineVerbRunner(console, services).Run(parseResult.GetValue(environment), async (client, cancellationToken) =>
            {
                var mismatches = await RegistrationChecker.CheckAsync(client, steps, cancellationToken).ConfigureAwait(false);
                foreach (var mismatch in mismatches)
                {
                    console.Output.WriteLine($"{mismatch.FileName}: {mismatch.StepName}: SdkMessageId {mismatch.FileId}, but {mismatch.Problem}.");
                }

                console.Output.WriteLine($"{steps.Count} step files checked, {mismatches.Count} mismatches.");
                return mismatches.Count == 0 ? ExitCodes.Success : ExitCodes.RowErrors;
            });
        });
        return command;
    }
}
