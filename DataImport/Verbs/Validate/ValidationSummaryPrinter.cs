using System.Globalization;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;
using Spectre.Console;

namespace AlumniCrm.DataImport.Verbs.Validate;

/// <summary>Prints the outcome of <c>validate</c>. Everything printed is a count, a column name, a code or a redacted value.</summary>
public sealed class ValidationSummaryPrinter(CliConsole console)
{
    public void Print(GraduateFileReader file, ValidationSummary summary, IReadOnlyList<ValidationIssue> preview, IReadOnlyList<string> reportPaths)
    {
        var rich = console.Rich;
        var facts = new Table().HideHeaders().AddColumn("What").AddColumn("Value");
        facts.AddRow(new Text("File"), new Text(file.Path));
        facts.AddRow(new Text("Encoding"), new Text(file.Encoding.Description));
        facts.AddRow(new Text("Delimiter"), new Text(DelimiterDetector.Describe(file.Delimiter)));
        facts.AddRow(new Text("Columns"), new Text($"{file.Mapping.Headers.Count} in the file, {file.Mapping.MappedFields().Count()} mapped (the JSON report lists them)"));
        if (file.Mapping.DroppedIdentityColumns.Count > 0)
        {
            facts.AddRow(new Text("Dropped (identity number)"), new Text(string.Join(", ", file.Mapping.DroppedIdentityColumns)));
        }

        facts.AddRow(new Text("Rows"), new Text(Count(summary.RowsRead)));
        facts.AddRow(new Text("Valid rows"), new Text(Count(summary.RowsValid)));
        facts.AddRow(new Text("Rows with errors"), new Text($"{Count(summary.RowsWithErrors)} ({Count(summary.ErrorCount)} errors)"));
        facts.AddRow(new Text("Warnings"), new Text(Count(summary.WarningCount)));
        rich.Write(facts);

        if (summary.IssueCounts.Count > 0)
        {
            var byReason = new Table().Title("Issues by column and reason")
                .AddColumn("Column").AddColumn("Severity").AddColumn("Reason").AddColumn(new TableColumn("Count").RightAligned());
            foreach (var count in summary.IssueCounts)
            {
                byReason.AddRow(new Text(count.Column), new Text(count.Severity == IssueSeverity.Error ? "error" : "warning"), new Text(count.Code), new Text(Count(count.Count)));
            }

            rich.Write(byReason);
        }

        if (preview.Count > 0)
        {
            // Plain lines, not Spectre: a redirected console is 80 columns wide and would wrap them.
            console.Output.WriteLine($"First {preview.Count} row issues (--report writes all of them):");
            foreach (var issue in preview)
            {
                var severity = issue.Severity == IssueSeverity.Error ? "error" : "warning";
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  row {issue.RowNumber} (line {issue.Line}) {issue.Column}: {severity} {issue.Code}: {issue.Message} [{issue.Value}]"));
            }
        }

        if (summary.StoppedAtMaxErrors)
        {
            console.Output.WriteLine($"Stopped after {Count(summary.ErrorCount)} errors (--max-errors): later rows were not checked.");
        }

        foreach (var path in reportPaths)
        {
            console.Output.WriteLine($"Report written: {path}");
        }

        console.Output.WriteLine(summary.HasErrors || summary.ReadFailure is not null
            ? "Result: NOT ready to import — fix the rows above (or in the report) and validate again."
            : "Result: ready to import.");
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
