namespace AlumniCrm.Domain.Consent;

/// <summary>One flag to write: column, new value and why.</summary>
public sealed record ContactFlagChange(ContactFlag Flag, string ColumnLogicalName, bool NewValue, string Reason);
