using System.Globalization;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Import;
using Spectre.Console;

namespace AlumniCrm.DataImport.Verbs.Import;

/// <summary>The final summary of an import: counts per table, service figures, the first failed rows.</summary>
public static class ImportSummaryPrinter
{
    private const int FailuresShown = 20;

    public static void Print(CliConsole console, ImportRunReport report)
    {
        var table = new Table().AddColumns("", "created", "updated", "unchanged", "failed");
        foreach (var (name, counts) in new[] { ("faculties/institutes/programmes", report.ReferenceData), ("people", report.People), ("qualifications", report.Qualifications), ("consents", report.Consents) })
        {
            table.AddRow(name, counts.Created.ToString("N0", CultureInfo.CurrentCulture), counts.Updated.ToString("N0", CultureInfo.CurrentCulture), counts.Unchanged.ToString("N0", CultureInfo.CurrentCulture), counts.Failed.ToString("N0", CultureInfo.CurrentCulture));
        }

        console.Rich.Write(table);
        console.Output.WriteLine($"{report.Outcome}: {report.RowsRead:N0} rows read, {report.RowsRejectedByValidation:N0} rejected by validation, " +
            $"{report.RowsSkippedAsErased:N0} skipped (erased people), {report.RowsFailedInEnvironment:N0} refused by the environment.");
        console.Output.WriteLine($"{report.Requests:N0} requests ({report.RequestsPerGraduate:0.####} per row), {report.Batches:N0} write batches" +
            (report.BatchesResumedFromJournal > 0 ? $" ({report.BatchesResumedFromJournal} resumed from the journal)" : string.Empty) +
            $", {report.Retries:N0} retries ({report.Throttled:N0} throttled, {report.TransientFailures:N0} transient), " +
            $"parallelism {report.DegreeOfParallelism}, {report.Seconds:N1} s, {report.RowsPerSecond:N0} rows/s.");
        foreach (var failure in report.Failures.Take(FailuresShown))
        {
            console.Output.WriteLine($"row {failure.RowNumber}: {failure.Table} refused: {failure.Reason}");
        }

        if (report.Failures.Count > FailuresShown) console.Output.WriteLine($"… and {report.Failures.Count - FailuresShown} more in the run report.");
    }
}
