namespace AlumniCrm.DataImport.Import;

/// <summary>Counts of one table at one moment (what the journal and the run report hold).</summary>
public sealed record TableCountsSnapshot(int Created, int Updated, int Unchanged, int Failed)
{
    public static TableCountsSnapshot Zero { get; } = new(0, 0, 0, 0);
}
