using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Store;

/// <summary>
/// The tables: rows by id, in insertion order, with one ambient transaction at a time (the
/// environment is single-threaded, like one Dataverse request pipeline). Every write made while
/// a transaction is open is undone by <see cref="Rollback"/>. Rows are held as private copies;
/// readers get clones.
/// </summary>
public sealed class DataStore
{
    private readonly Dictionary<string, Dictionary<Guid, StoredRow>> _tables = new(StringComparer.Ordinal);
    // Kept after a delete so a paging cookie that names a deleted row still finds its place.
    private readonly Dictionary<Guid, long> _sequences = new();
    private long _nextSequence;
    private readonly Dictionary<string, List<KeyIndex>> _indexes = new(StringComparer.Ordinal);
    // Ids of each table in insertion order; appended to while inserts come in order, rebuilt otherwise.
    private readonly Dictionary<string, List<Guid>> _order = new(StringComparer.Ordinal);

    public StoreTransaction? Current { get; private set; }

    public IEnumerable<string> TableNames => _tables.Keys;

    public StoreTransaction Begin()
    {
        if (Current != null) throw new InvalidOperationException("A transaction is already open; join it instead.");
        Current = new StoreTransaction(Guid.NewGuid());
        return Current;
    }

    public void Commit(StoreTransaction transaction)
    {
        EnsureCurrent(transaction);
        Current = null;
        foreach (var action in transaction.CommitActions)
        {
            action();
        }
    }

    public void Rollback(StoreTransaction transaction)
    {
        EnsureCurrent(transaction);
        for (var i = transaction.UndoLog.Count - 1; i >= 0; i--)
        {
            var entry = transaction.UndoLog[i];
            var table = Table(entry.Table);
            if (table.TryGetValue(entry.Id, out var current)) Unindex(entry.Table, current.Entity);
            if (entry.Previous is null) table.Remove(entry.Id);
            else
            {
                table[entry.Id] = entry.Previous;
                Index(entry.Table, entry.Previous.Entity);
            }
            _order.Remove(entry.Table);
        }
        Current = null;
    }

    public bool Exists(string table, Guid id) => _tables.TryGetValue(table, out var rows) && rows.ContainsKey(id);

    /// <summary>The stored row itself (not a copy): internal readers must not mutate or leak it.</summary>
    internal Entity? Find(string table, Guid id) =>
        _tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row.Entity : null;

    /// <summary>A copy of a row, or null.</summary>
    public Entity? Get(string table, Guid id) => Find(table, id) is { } row ? ValueCloner.CloneEntity(row) : null;

    /// <summary>The stored rows of a table in insertion order (not copies).</summary>
    internal IReadOnlyList<Entity> Rows(string table)
    {
        if (!_tables.TryGetValue(table, out var rows)) return Array.Empty<Entity>();
        if (!_order.TryGetValue(table, out var order))
            _order[table] = order = rows.Values.OrderBy(r => r.Sequence).Select(r => r.Entity.Id).ToList();
        var result = new List<Entity>(order.Count);
        foreach (var id in order) result.Add(rows[id].Entity);
        return result;
    }

    /// <summary>
    /// Ids of the rows whose <paramref name="columns"/> hold the given values, through an index kept
    /// up to date from the first use on (an alternate key lookup without a table scan).
    /// </summary>
    internal IReadOnlyCollection<Guid> FindByColumns(string table, IReadOnlyList<string> columns, Func<string, object?> valueOf)
    {
        if (!_indexes.TryGetValue(table, out var indexes)) _indexes[table] = indexes = new List<KeyIndex>();
        var index = indexes.FirstOrDefault(i => i.Columns.SequenceEqual(columns, StringComparer.Ordinal));
        if (index is null)
        {
            index = new KeyIndex(columns.ToList());
            foreach (var row in RowsUnordered(table)) index.Add(row);
            indexes.Add(index);
        }
        return index.Find(valueOf);
    }

    /// <summary>
    /// The rows whose <paramref name="column"/> equals one of <paramref name="values"/>, in insertion
    /// order, found through the column's index: how a query with an Equal or In condition on its
    /// table avoids scanning every row.
    /// </summary>
    internal IReadOnlyList<Entity> RowsWhere(string table, string column, IReadOnlyList<object?> values)
    {
        if (!_tables.TryGetValue(table, out var rows)) return Array.Empty<Entity>();
        var columns = new[] { column };
        var ids = new HashSet<Guid>();
        foreach (var value in values) ids.UnionWith(FindByColumns(table, columns, _ => value));
        return ids.Select(id => rows[id]).OrderBy(r => r.Sequence).Select(r => r.Entity).ToList();
    }

    private void Index(string table, Entity row)
    {
        if (_indexes.TryGetValue(table, out var indexes)) foreach (var index in indexes) index.Add(row);
    }

    private void Unindex(string table, Entity row)
    {
        if (_indexes.TryGetValue(table, out var indexes)) foreach (var index in indexes) index.Remove(row);
    }

    /// <summary>The stored rows of a table in no particular order (not copies): for lookups that need no order.</summary>
    internal IEnumerable<Entity> RowsUnordered(string table) =>
        _tables.TryGetValue(table, out var rows) ? rows.Values.Select(r => r.Entity) : Enumerable.Empty<Entity>();

    /// <summary>Copies of all rows of a table, in insertion order.</summary>
    public IReadOnlyList<Entity> All(string table) => Rows(table).Select(ValueCloner.CloneEntity).ToList();

    /// <summary>Insertion order of a row id (also of deleted rows), or null if never stored.</summary>
    internal long? SequenceOf(Guid id) => _sequences.TryGetValue(id, out var sequence) ? sequence : null;

    internal void Insert(Entity row)
    {
        var table = Table(row.LogicalName);
        if (table.ContainsKey(row.Id)) throw new InvalidOperationException($"{row.LogicalName} {row.Id} already exists.");
        var sequence = _sequences.TryGetValue(row.Id, out var known) ? known : ++_nextSequence;
        _sequences[row.Id] = sequence;
        Current?.Record(new UndoEntry(row.LogicalName, row.Id, null));
        var stored = new StoredRow(ValueCloner.CloneEntity(row), sequence);
        table[row.Id] = stored;
        Index(row.LogicalName, stored.Entity);
        if (_order.TryGetValue(row.LogicalName, out var order))
        {
            if (order.Count == 0 || table[order[order.Count - 1]].Sequence < sequence) order.Add(row.Id);
            else _order.Remove(row.LogicalName);
        }
    }

    internal void Replace(Entity row)
    {
        var table = Table(row.LogicalName);
        var previous = table[row.Id];
        Current?.Record(new UndoEntry(row.LogicalName, row.Id, previous));
        Unindex(row.LogicalName, previous.Entity);
        var replaced = previous with { Entity = ValueCloner.CloneEntity(row) };
        table[row.Id] = replaced;
        Index(row.LogicalName, replaced.Entity);
    }

    internal void Remove(string tableName, Guid id)
    {
        var table = Table(tableName);
        if (!table.TryGetValue(id, out var previous)) return;
        Current?.Record(new UndoEntry(tableName, id, previous));
        Unindex(tableName, previous.Entity);
        table.Remove(id);
        _order.Remove(tableName);
    }

    private Dictionary<Guid, StoredRow> Table(string name)
    {
        if (!_tables.TryGetValue(name, out var rows))
        {
            rows = new Dictionary<Guid, StoredRow>();
            _tables[name] = rows;
        }
        return rows;
    }

    private void EnsureCurrent(StoreTransaction transaction)
    {
        if (!ReferenceEquals(Current, transaction)) throw new InvalidOperationException("Not the open transaction.");
    }
}
