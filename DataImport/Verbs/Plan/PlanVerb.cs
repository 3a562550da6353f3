using System.CommandLine;
using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Import;
using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Planning;
using AlumniCrm.DataImport.Verbs.Online;

namespace AlumniCrm.DataImport.Verbs.Plan;

/// <summary><c>plan FILE --environment URL [--report plan.json] [--mapping M]</c>: what an import would do, read-only.</summary>
public sealed class PlanVerb(CliConsole console, OnlineServices services) : IImporterVerb
{
    private static readonly JsonSerializerOptions PlanJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public Command CreateCommand()
    {
        var file = new Argument<string>("file") { Description = "The FS export." };
        var environment = OnlineOptions.Environment();
        var mapping = new Option<string?>("--mapping") { Description = "JSON mapping file for other layouts (as for validate).", HelpName = "file" };
        var report = new Option<string?>("--report") { Description = "Also write the plan as JSON to this file.", HelpName = "file" };
        var command = new Command("plan", "Read the environment (nothing is written) and report what an import would do: new, updated and unchanged " +
            "people and qualifications, new programmes, expected network enrolments, possible duplicates, erased people skipped. " +
            "Exit codes: 0 planned, 2 file unreadable, 64 usage error, 69 could not connect, 78 environment not ready.")
        {
            file, environment, mapping, report,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var mappingPath = parseResult.GetValue(mapping);
            var reportPath = parseResult.GetValue(report);
            return new OnlineVerbRunner(console, services).Run(parseResult.GetValue(environment), async (client, cancellationToken) =>
            {
                var now = services.Now();
                var loaded = GraduateFileLoader.Load(path, mappingPath is null ? null : MappingFile.Load(mappingPath), DateOnly.FromDateTime(now.UtcDateTime));
                var plan = await new PlanRunner(client).RunAsync(loaded, ImportOptions.DefaultBatchSize, now.UtcDateTime, cancellationToken).ConfigureAwait(false);
                PlanPrinter.Print(console, plan);
                if (reportPath is not null)
                {
                    try
                    {
                        await File.WriteAllTextAsync(reportPath, JsonSerializer.Serialize(plan, PlanJson), cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                    {
                        console.WriteError($"The plan could not be written to '{reportPath}': {exception.Message}");
                        return ExitCodes.OutputNotWritable;
                    }
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }
}
