namespace AlumniCrm.DataImport.Validation;

/// <summary>The totals of a validation run. Counts only; never a value from the file.</summary>
public sealed record ValidationSummary
{
    public required int RowsRead { get; init; }

    public required int RowsWithErrors { get; init; }

    public int RowsValid => RowsRead - RowsWithErrors;

    public required int ErrorCount { get; init; }

    public required int WarningCount { get; init; }

    /// <summary>Counts by column and reason, largest first.</summary>
    public required IReadOnlyList<IssueCount> IssueCounts { get; init; }

    /// <summary>Set when reading stopped at --max-errors; the rows after it were not validated.</summary>
    public bool StoppedAtMaxErrors { get; init; }

    /// <summary>Set when the rest of the file could not be read; the reason for the user.</summary>
    public string? ReadFailure { get; init; }

    public bool HasErrors => ErrorCount > 0;
}
