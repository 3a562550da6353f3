using System.CommandLine;
using AlumniCrm.DataImport.Cli;

namespace AlumniCrm.DataImport.Verbs.Validate;

/// <summary><c>validate FILE [--mapping M] [--report out.csv|out.json]... [--max-errors N]</c>: offline check of an FS export.</summary>
public sealed class ValidateVerb(CliConsole console) : IImporterVerb
{
    public Command CreateCommand()
    {
        var file = new Argument<string>("file") { Description = "The FS export (CSV; UTF-8 or Windows-1252; ; , or tab)." };
        var mapping = new Option<string?>("--mapping")
        {
            Description = "JSON mapping file for other layouts: { \"columns\": { \"source column\": \"studentNumber\" } }.",
            HelpName = "file",
        };
        var report = new Option<string[]>("--report")
        {
            Description = "Write the row-level report to this file; .csv or .json (repeat for both).",
            HelpName = "file",
        };
        report.Validators.Add(result =>
        {
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (ReportFormats.FromPath(path) is null)
                {
                    result.AddError($"--report '{path}': the file name must end in .csv or .json.");
                }
            }
        });
        var maxErrors = new Option<int?>("--max-errors")
        {
            Description = "Stop after this many errors (default: no limit).",
            HelpName = "N",
        };
        maxErrors.Validators.Add(result =>
        {
            // Validators also run when conversion failed; that error is already reported, so look at the token.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var value) && value < 1)
            {
                result.AddError("--max-errors must be 1 or more.");
            }
        });

        var command = new Command("validate", "Check an FS graduate export offline and report every problem by row, line and column. " +
            "Exit codes: 0 clean, 1 row errors, 2 file unreadable, 64 usage error, 73 report not writable.")
        {
            file,
            mapping,
            report,
            maxErrors,
        };
        command.SetAction(parseResult => new ValidateRunner(console).Run(new ValidateRequest(
            parseResult.GetValue(file)!,
            parseResult.GetValue(mapping),
            parseResult.GetValue(report) ?? [],
            parseResult.GetValue(maxErrors))));
        return command;
    }
}
