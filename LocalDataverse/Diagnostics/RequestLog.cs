namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>
/// Every request that reached the service, top-level and nested from plugins (the items of an
/// ExecuteMultiple/ExecuteTransaction too), so a test can assert how many queries an operation made.
/// Internal platform work (Upsert's own create or update, SetState's update) is not a request and is not counted.
/// </summary>
public sealed class RequestLog
{
    private readonly List<RequestRecord> _records = new();
    private long _sequence;

    public IReadOnlyList<RequestRecord> All => _records;

    public int Total => _records.Count;

    public int Count(string messageName) =>
        _records.Count(r => string.Equals(r.MessageName, messageName, StringComparison.OrdinalIgnoreCase));

    public int Count(string messageName, string table) =>
        _records.Count(r => string.Equals(r.MessageName, messageName, StringComparison.OrdinalIgnoreCase) && r.Table == table);

    /// <summary>Requests per message name.</summary>
    public IReadOnlyDictionary<string, int> ByMessage =>
        _records.GroupBy(r => r.MessageName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<RequestRecord> FromPlugins => _records.Where(r => r.FromPlugin);

    public void Reset() => _records.Clear();

    internal void Add(string messageName, string? table, int depth, bool fromPlugin, Guid userId) =>
        _records.Add(new RequestRecord(++_sequence, messageName, table, depth, fromPlugin, userId));
}
