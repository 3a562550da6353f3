using AlumniCrm.DataImport.Import;

namespace AlumniCrm.DataImport.Planning;

/// <summary>What an import of the file would do, read from the environment without writing. Counts and row numbers, no personal values.</summary>
public sealed record PlanReport
{
    public required int RowsRead { get; init; }

    public required int RowsRejectedByValidation { get; init; }

    public required TableCountsSnapshot Faculties { get; init; }

    public required TableCountsSnapshot Institutes { get; init; }

    public required TableCountsSnapshot Programmes { get; init; }

    public required TableCountsSnapshot People { get; init; }

    public required TableCountsSnapshot Qualifications { get; init; }

    /// <summary>Consent ledger rows the answers would create (Created) and those already recorded (Unchanged).</summary>
    public required TableCountsSnapshot Consents { get; init; }

    public required int ErasedPeopleSkipped { get; init; }

    public required int RowsSkippedAsErased { get; init; }

    public required int ExpectedEnrolments { get; init; }

    public required IReadOnlyDictionary<string, int> ExpectedEnrolmentsByNetwork { get; init; }

    public required IReadOnlyList<PossibleDuplicate> PossibleDuplicates { get; init; }

    public required long Requests { get; init; }

    public required string? AlumniDefinition { get; init; }
}
