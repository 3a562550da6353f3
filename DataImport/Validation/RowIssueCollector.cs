using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Reading;

namespace AlumniCrm.DataImport.Validation;

/// <summary>Adds issues for the current row, naming its row, line and column and redacting its values.</summary>
internal sealed class RowIssueCollector(ColumnMapping mapping, List<ValidationIssue> issues)
{
    private SourceRow? row;

    public int ErrorCount { get; private set; }

    public void StartRow(SourceRow current)
    {
        row = current;
        ErrorCount = 0;
    }

    public void Error(CanonicalField field, string code, string message) => Add(field, IssueSeverity.Error, code, message);

    public void Warning(CanonicalField field, string code, string message) => Add(field, IssueSeverity.Warning, code, message);

    /// <summary>An error about the row as a whole (broken quoting, wrong number of values).</summary>
    public void RowError(string code, string message)
    {
        var current = row ?? throw new InvalidOperationException("No current row.");
        issues.Add(new ValidationIssue(current.RowNumber, current.Line, "(row)", IssueSeverity.Error, code, message, string.Empty));
        ErrorCount++;
    }

    private void Add(CanonicalField field, IssueSeverity severity, string code, string message)
    {
        var current = row ?? throw new InvalidOperationException("No current row.");
        var value = current.HasInvalidText(field)
            ? ValueRedactor.Unreadable
            : ValueRedactor.Describe(current[field], FieldCatalogue.Get(field).IsPersonal);
        issues.Add(new ValidationIssue(current.RowNumber, current.Line, mapping.ColumnNameOf(field), severity, code, message, value));
        if (severity == IssueSeverity.Error)
        {
            ErrorCount++;
        }
    }
}
