using System.Globalization;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Reporting;

/// <summary>
/// The row-level report as CSV (UTF-8 with BOM, comma-separated, one issue per line, in the order
/// found): row, line, column, severity, code, message, value. File-level warnings have no row.
/// </summary>
public sealed class CsvIssueReport(TextWriter writer) : IIssueSink
{
    public static readonly string[] Columns = ["row", "line", "column", "severity", "code", "message", "value"];

    public static CsvIssueReport Create(string path) => new(new StreamWriter(path, append: false, Reading.TextEncodings.Utf8WithBom));

    public void Begin(GraduateFileReader file) => writer.WriteLine(string.Join(',', Columns));

    public void Add(ValidationIssue issue)
    {
        writer.Write(issue.RowNumber?.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(issue.Line?.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(CsvText.Field(issue.Column));
        writer.Write(',');
        writer.Write(issue.Severity == IssueSeverity.Error ? "error" : "warning");
        writer.Write(',');
        writer.Write(CsvText.Field(issue.Code));
        writer.Write(',');
        writer.Write(CsvText.Field(issue.Message));
        writer.Write(',');
        writer.WriteLine(CsvText.Field(issue.Value));
    }

    public void Complete(ValidationSummary summary) => writer.Flush();

    public void Dispose() => writer.Dispose();
}
