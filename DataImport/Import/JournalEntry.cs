namespace AlumniCrm.DataImport.Import;

/// <summary>One committed batch: its id and what it did. No personal data: counts and row numbers only.</summary>
public sealed record JournalEntry(
    string Batch,
    TableCountsSnapshot Reference,
    TableCountsSnapshot People,
    TableCountsSnapshot Qualifications,
    int SuppressedRows,
    IReadOnlyList<RowFailure> Failures,
    TableCountsSnapshot? Consents = null);
