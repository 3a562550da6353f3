namespace AlumniCrm.DataImport.Import;

/// <summary>
/// The JSON run report (also stored in <c>alm_importrun.alm_report</c>): counts, service figures and
/// the failed rows with reasons. Never holds a personal value.
/// </summary>
public sealed record ImportRunReport
{
    public required string File { get; init; }

    public required string Sha256 { get; init; }

    public required DateTimeOffset StartedOn { get; init; }

    public required DateTimeOffset FinishedOn { get; init; }

    public required string Outcome { get; init; }

    public required int RowsRead { get; init; }

    public required int RowsRejectedByValidation { get; init; }

    public required int RowsSkippedAsErased { get; init; }

    public required int RowsFailedInEnvironment { get; init; }

    public required TableCountsSnapshot ReferenceData { get; init; }

    public required TableCountsSnapshot People { get; init; }

    public required TableCountsSnapshot Qualifications { get; init; }

    /// <summary>Consent ledger rows (<c>alm_consent</c>) from the file's answers: created, already recorded (unchanged), refused.</summary>
    public required TableCountsSnapshot Consents { get; init; }

    public required int Batches { get; init; }

    public required int BatchesResumedFromJournal { get; init; }

    /// <summary>People with an active membership after the import (alm_CountMembers); null when not refreshed.</summary>
    public int? MembersCounted { get; init; }

    public required long Requests { get; init; }

    public required long Retries { get; init; }

    public required long Throttled { get; init; }

    public required long TransientFailures { get; init; }

    public required int DegreeOfParallelism { get; init; }

    public required IReadOnlyList<string> UpsertMultipleTables { get; init; }

    public required double Seconds { get; init; }

    public required double RowsPerSecond { get; init; }

    public required double RequestsPerGraduate { get; init; }

    public required IReadOnlyList<RowFailure> Failures { get; init; }

    public required IReadOnlyList<RowIssueEntry> ValidationErrors { get; init; }
}
