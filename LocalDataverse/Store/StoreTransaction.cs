namespace AlumniCrm.LocalDataverse.Store;

/// <summary>
/// The database transaction of one operation: an undo log, work to run once it commits (async
/// plugin jobs are only created when the operation commits), and whether it is doomed — Dataverse
/// aborts the transaction when a plugin in a nested operation fails, even if the calling plugin
/// catches the fault.
/// </summary>
public sealed class StoreTransaction
{
    private readonly List<UndoEntry> _undo = new();
    private readonly List<Action> _onCommit = new();

    internal StoreTransaction(Guid id) => Id = id;

    public Guid Id { get; }

    public bool IsDoomed { get; private set; }

    public string? DoomReason { get; private set; }

    internal IReadOnlyList<UndoEntry> UndoLog => _undo;

    internal IReadOnlyList<Action> CommitActions => _onCommit;

    internal void Record(UndoEntry entry) => _undo.Add(entry);

    public void OnCommit(Action action) => _onCommit.Add(action);

    public void Doom(string reason)
    {
        if (IsDoomed) return;
        IsDoomed = true;
        DoomReason = reason;
    }
}
