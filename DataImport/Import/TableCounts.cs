namespace AlumniCrm.DataImport.Import;

/// <summary>Created / updated / unchanged / failed rows of one table. Thread-safe to add to.</summary>
public sealed class TableCounts
{
    private int created;
    private int updated;
    private int unchanged;
    private int failed;

    public int Created => created;

    public int Updated => updated;

    public int Unchanged => unchanged;

    public int Failed => failed;

    public void Add(RowChange change, int count = 1)
    {
        switch (change)
        {
            case RowChange.Create: Interlocked.Add(ref created, count); break;
            case RowChange.Update: Interlocked.Add(ref updated, count); break;
            default: Interlocked.Add(ref unchanged, count); break;
        }
    }

    public void AddFailed(int count = 1) => Interlocked.Add(ref failed, count);

    public void Add(TableCountsSnapshot snapshot)
    {
        Interlocked.Add(ref created, snapshot.Created);
        Interlocked.Add(ref updated, snapshot.Updated);
        Interlocked.Add(ref unchanged, snapshot.Unchanged);
        Interlocked.Add(ref failed, snapshot.Failed);
    }

    public TableCountsSnapshot Snapshot() => new(Created, Updated, Unchanged, Failed);
}
