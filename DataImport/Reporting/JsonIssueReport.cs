using System.Text.Encodings.Web;
using System.Text.Json;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Reporting;

/// <summary>
/// The row-level report as JSON, written as it goes: <c>file</c>, <c>encoding</c>, <c>delimiter</c>,
/// <c>columns</c> (source → field), <c>droppedColumns</c>, <c>issues</c> (in the order found) and
/// finally <c>summary</c>.
/// </summary>
public sealed class JsonIssueReport : IIssueSink
{
    private readonly Stream stream;
    private readonly Utf8JsonWriter json;

    public JsonIssueReport(Stream stream)
    {
        this.stream = stream;
        // Relaxed escaping keeps æøå readable; the report is a file, not HTML.
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static JsonIssueReport Create(string path) => new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read));

    public void Begin(GraduateFileReader file)
    {
        json.WriteStartObject();
        json.WriteString("file", System.IO.Path.GetFileName(file.Path));
        json.WriteString("encoding", file.Encoding.Description);
        json.WriteString("delimiter", DelimiterDetector.Describe(file.Delimiter));
        json.WriteStartArray("columns");
        foreach (var (field, column) in file.Mapping.MappedFields())
        {
            json.WriteStartObject();
            json.WriteString("column", column);
            json.WriteString("field", JsonNamingPolicy.CamelCase.ConvertName(field.ToString()));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("droppedColumns");
        foreach (var column in file.Mapping.DroppedIdentityColumns)
        {
            json.WriteStringValue(column);
        }

        json.WriteEndArray();
        json.WriteStartArray("issues");
    }

    public void Add(ValidationIssue issue)
    {
        json.WriteStartObject();
        WriteNumberOrNull("row", issue.RowNumber);
        WriteNumberOrNull("line", issue.Line);
        json.WriteString("column", issue.Column);
        json.WriteString("severity", issue.Severity == IssueSeverity.Error ? "error" : "warning");
        json.WriteString("code", issue.Code);
        json.WriteString("message", issue.Message);
        json.WriteString("value", issue.Value);
        json.WriteEndObject();
        if (json.BytesPending > 64 * 1024)
        {
            json.Flush();
        }
    }

    public void Complete(ValidationSummary summary)
    {
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("rows", summary.RowsRead);
        json.WriteNumber("validRows", summary.RowsValid);
        json.WriteNumber("rowsWithErrors", summary.RowsWithErrors);
        json.WriteNumber("errors", summary.ErrorCount);
        json.WriteNumber("warnings", summary.WarningCount);
        json.WriteBoolean("stoppedAtMaxErrors", summary.StoppedAtMaxErrors);
        if (summary.ReadFailure is not null)
        {
            json.WriteString("readFailure", summary.ReadFailure);
        }

        json.WriteStartArray("byColumnAndReason");
        foreach (var count in summary.IssueCounts)
        {
            json.WriteStartObject();
            json.WriteString("column", count.Column);
            json.WriteString("severity", count.Severity == IssueSeverity.Error ? "error" : "warning");
            json.WriteString("code", count.Code);
            json.WriteNumber("count", count.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }

    public void Dispose()
    {
        json.Dispose();
        stream.Dispose();
    }

    private void WriteNumberOrNull(string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
