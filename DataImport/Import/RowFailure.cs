namespace AlumniCrm.DataImport.Import;

/// <summary>A file row the environment refused: the row, the table that refused it and Dataverse's reason.</summary>
public sealed record RowFailure(int RowNumber, string Table, string? ErrorCode, string Reason);
