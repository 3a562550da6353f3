using System.CommandLine;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Deployment;
using AlumniCrm.DataImport.Verbs.Online;

namespace AlumniCrm.DataImport.Verbs.Deploy;

/// <summary>
/// <c>deploy --environment URL [--package pac-solution_managed.zip] [--check] [--steps folder]</c>:
/// imports the solution (optional), registers the steps Microsoft publishes no message id for by
/// name (docs/sdk-message-ids.md), and puts them in the solution. <c>--check</c> changes nothing and
/// says what deploying would do (exit 1 when anything is missing or different).
/// </summary>
public sealed class DeployVerb(CliConsole console, OnlineServices services) : IImporterVerb
{
    public Command CreateCommand()
    {
        var environment = OnlineOptions.Environment();
        var package = new Option<FileInfo?>("--package")
        {
            Description = "A solution zip to import first (ImportSolutionAsync, processes activated): pac-solution_managed.zip for production.",
            HelpName = "zip",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: list the steps that would be created or updated and the ones the environment cannot take.",
        };
        var steps = new Option<DirectoryInfo?>("--steps")
        {
            Description = "A folder of deploy-time step files to use instead of the ones built into the tool (Deployment/SdkMessageProcessingSteps).",
            HelpName = "folder",
        };
        var command = new Command("deploy", "Import the AlumniCrm solution (with --package) and register the plug-in steps on messages whose ids " +
            "Microsoft does not publish (CreateMultiple, UpdateMultiple, Associate, the marketing-list messages) by name, then add them to the solution. " +
            "Running it again changes nothing. Exit codes: 0 done (or, with --check, nothing to do), 1 --check found changes to make, " +
            "2 package or step files unreadable, 64 usage error, 69 could not connect, 78 the environment cannot take a step (see the report).")
        {
            environment, package, check, steps,
        };
        command.SetAction(parseResult =>
        {
            IReadOnlyList<DeployTimeStep> declared;
            byte[]? packageBytes = null;
            try
            {
                declared = parseResult.GetValue(steps) is { } folder ? DeployTimeStep.FromFolder(folder.FullName) : DeployTimeStep.Embedded();
                if (parseResult.GetValue(package) is { } zip) packageBytes = File.ReadAllBytes(zip.FullName);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Xml.XmlException or FormatException)
            {
                console.WriteError(exception.Message);
                return ExitCodes.InputUnreadable;
            }

            if (declared.Count == 0)
            {
                console.WriteError("No deploy-time step files found.");
                return ExitCodes.InputUnreadable;
            }

            var dryRun = parseResult.GetValue(check);
            return new OnlineVerbRunner(console, services).Run(parseResult.GetValue(environment), (client, cancellationToken) =>
                new Deployer(client, console).RunAsync(declared, packageBytes, dryRun, cancellationToken));
        });
        return command;
    }
}
