namespace AlumniCrm.DataImport.Import;

/// <summary>A validation error in the run report: row, column, reason code and message (no value).</summary>
public sealed record RowIssueEntry(int? Row, string Column, string Code, string Message);
