namespace AlumniCrm.DataImport.Import;

/// <summary>How an import runs.</summary>
/// <param name="BatchSize">Rows per write request (100–1,000).</param>
/// <param name="MaxParallel">Upper bound on parallel requests; the server's x-ms-dop-hint decides below it (Dataverse allows 52 per user).</param>
/// <param name="Resume">Continue an interrupted import from its journal.</param>
/// <param name="ReportPath">Where the JSON run report goes.</param>
public sealed record ImportOptions(int BatchSize, int MaxParallel, bool Resume, string ReportPath)
{
    public const int DefaultBatchSize = 500;
    public const int MinBatchSize = 100;
    public const int MaxBatchSize = 1000;
    public const int ServiceConcurrencyLimit = 52;
}
