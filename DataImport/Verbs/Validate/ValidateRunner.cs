using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Reporting;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Verbs.Validate;

/// <summary>Runs <c>validate</c>: opens the file, streams it through the validator into the reports, prints the summary.</summary>
public sealed class ValidateRunner(CliConsole console)
{
    private const int PreviewSize = 20;

    public int Run(ValidateRequest request, ValidationSettings? settings = null)
    {
        settings = (settings ?? ValidationSettings.Default) with { MaxErrors = request.MaxErrors };
        GraduateFileReader file;
        try
        {
            var mappingFile = request.MappingPath is null ? null : MappingFile.Load(request.MappingPath);
            file = GraduateFileReader.Open(request.FilePath, mappingFile);
        }
        catch (InputUnreadableException exception)
        {
            console.WriteError(exception.Message);
            return ExitCodes.InputUnreadable;
        }

        using (file)
        {
            var sinks = new List<IIssueSink>();
            try
            {
                foreach (var path in request.ReportPaths)
                {
                    sinks.Add(ReportFormats.FromPath(path) == ReportFormat.Json ? JsonIssueReport.Create(path) : CsvIssueReport.Create(path));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                DisposeAll(sinks);
                console.WriteError($"The report cannot be written: {exception.Message}");
                return ExitCodes.OutputNotWritable;
            }

            var preview = new IssuePreview(request.ReportPaths.Count == 0 ? PreviewSize : 0);
            sinks.Add(preview);
            ValidationSummary summary;
            try
            {
                summary = new GraduateFileValidator(settings).Validate(file, sinks);
            }
            catch (IOException exception)
            {
                console.WriteError($"The report cannot be written: {exception.Message}");
                return ExitCodes.OutputNotWritable;
            }
            finally
            {
                DisposeAll(sinks);
            }

            new ValidationSummaryPrinter(console).Print(file, summary, preview.Issues, request.ReportPaths);
            if (summary.ReadFailure is not null)
            {
                console.WriteError(summary.ReadFailure);
                return ExitCodes.InputUnreadable;
            }

            return summary.HasErrors ? ExitCodes.RowErrors : ExitCodes.Success;
        }
    }

    private static void DisposeAll(List<IIssueSink> sinks)
    {
        foreach (var sink in sinks)
        {
            sink.Dispose();
        }
    }
}
