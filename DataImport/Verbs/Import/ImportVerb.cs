using System.CommandLine;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Import;
using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Verbs.Online;

namespace AlumniCrm.DataImport.Verbs.Import;

/// <summary><c>import FILE --environment URL [--resume] [--batch-size N] [--max-parallel N] [--report out.json] [--mapping M]</c>.</summary>
public sealed class ImportVerb(CliConsole console, OnlineServices services) : IImporterVerb
{
    public Command CreateCommand()
    {
        var file = new Argument<string>("file") { Description = "The FS export (validated first with the same rules as 'validate')." };
        var environment = OnlineOptions.Environment();
        var mapping = new Option<string?>("--mapping") { Description = "JSON mapping file for other layouts (as for validate).", HelpName = "file" };
        var resume = new Option<bool>("--resume") { Description = "Finish an interrupted import from the journal next to the file (FILE.import-journal)." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = $"Rows per write request, {ImportOptions.MinBatchSize}–{ImportOptions.MaxBatchSize} (default {ImportOptions.DefaultBatchSize}).",
            DefaultValueFactory = _ => ImportOptions.DefaultBatchSize,
            HelpName = "N",
        };
        batchSize.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var value) && (value < ImportOptions.MinBatchSize || value > ImportOptions.MaxBatchSize))
            {
                result.AddError($"--batch-size must be between {ImportOptions.MinBatchSize} and {ImportOptions.MaxBatchSize}.");
            }
        });
        var maxParallel = new Option<int>("--max-parallel")
        {
            Description = $"Upper bound on parallel requests (default {ImportOptions.ServiceConcurrencyLimit}); below it the server's x-ms-dop-hint decides.",
            DefaultValueFactory = _ => ImportOptions.ServiceConcurrencyLimit,
            HelpName = "N",
        };
        var report = new Option<string?>("--report") { Description = "The JSON run report (default FILE.import-report.json).", HelpName = "file" };

        var command = new Command("import", "Import an FS export into Dataverse: faculties, institutes, programmes, then people and qualifications by " +
            "alternate-key upsert in bulk, changed rows only. Exit codes: 0 done, 1 no row imported (row errors), 2 file unreadable, " +
            "3 partially imported, 64 usage error, 69 could not connect, 73 report not writable, 75 interrupted (use --resume), 78 environment not ready.")
        {
            file, environment, mapping, resume, batchSize, maxParallel, report,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var options = new ImportOptions(
                parseResult.GetValue(batchSize),
                Math.Max(1, parseResult.GetValue(maxParallel)),
                parseResult.GetValue(resume),
                parseResult.GetValue(report) ?? path + ".import-report.json");
            var mappingPath = parseResult.GetValue(mapping);
            return new OnlineVerbRunner(console, services).Run(parseResult.GetValue(environment), async (client, cancellationToken) =>
            {
                var loaded = GraduateFileLoader.Load(path, mappingPath is null ? null : MappingFile.Load(mappingPath), DateOnly.FromDateTime(services.Now().UtcDateTime));
                var runReport = await new ImportRunner(client, console, services.Now).RunAsync(loaded, options, cancellationToken).ConfigureAwait(false);
                ImportSummaryPrinter.Print(console, runReport);
                try
                {
                    await File.WriteAllTextAsync(options.ReportPath, ImportRunner.Serialise(runReport), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    console.WriteError($"The run report could not be written to '{options.ReportPath}': {exception.Message}");
                    return ExitCodes.OutputNotWritable;
                }

                console.Output.WriteLine($"Run report: {options.ReportPath}");
                var problemRows = runReport.RowsRejectedByValidation + runReport.RowsFailedInEnvironment;
                var importedRows = loaded.Units.Count - runReport.RowsSkippedAsErased - runReport.RowsFailedInEnvironment;
                return problemRows == 0 ? ExitCodes.Success : importedRows > 0 ? ExitCodes.PartiallyImported : ExitCodes.RowErrors;
            });
        });
        return command;
    }
}
