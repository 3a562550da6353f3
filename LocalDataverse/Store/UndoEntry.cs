namespace AlumniCrm.LocalDataverse.Store;

/// <summary>What a rollback restores: the row as it was before one write (null = it did not exist).</summary>
internal sealed record UndoEntry(string Table, Guid Id, StoredRow? Previous);
