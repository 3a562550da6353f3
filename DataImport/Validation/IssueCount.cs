namespace AlumniCrm.DataImport.Validation;

/// <summary>How many issues share a column, severity and reason code.</summary>
public sealed record IssueCount(string Column, IssueSeverity Severity, string Code, int Count);
