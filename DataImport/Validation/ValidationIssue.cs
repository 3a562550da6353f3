namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// One finding: a row-level error or warning, or a file-level warning (no row number). Never holds a
/// personal value: <see cref="Value"/> is already redacted by <see cref="ValueRedactor"/>.
/// </summary>
/// <param name="RowNumber">1-based data row (the header is not counted); null for the file itself.</param>
/// <param name="Line">1-based physical line where the row starts (the header is line 1 unless blank lines precede it).</param>
/// <param name="Column">The source column name as in the header, or the FS name when the file has no such column.</param>
/// <param name="Severity">Error (row not imported) or warning.</param>
/// <param name="Code">A stable machine-readable reason, e.g. <c>date.impossible</c>.</param>
/// <param name="Message">The reason in words, without values.</param>
/// <param name="Value">The redacted value: its shape, "(empty)", or a non-personal code as is.</param>
public sealed record ValidationIssue(
    int? RowNumber,
    long? Line,
    string Column,
    IssueSeverity Severity,
    string Code,
    string Message,
    string Value)
{
    public static ValidationIssue FileWarning(string column, string code, string message) =>
        new(null, null, column, IssueSeverity.Warning, code, message, string.Empty);
}
