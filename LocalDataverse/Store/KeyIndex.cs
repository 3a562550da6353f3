using System.Globalization;
using AlumniCrm.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Store;

/// <summary>
/// Rows of one table by the values of a set of columns (an alternate key), so a lookup or a
/// uniqueness check by key costs O(1) instead of a table scan — what makes importing hundreds of
/// thousands of rows by key feasible. Values are compared as <see cref="ValueComparison"/> does
/// (strings case-insensitively, lookups by id, numbers by value). Rows with an empty key column
/// are not indexed, as Dataverse does not enforce a key with a null part.
/// </summary>
internal sealed class KeyIndex
{
    private readonly Dictionary<string, HashSet<Guid>> _rows = new(StringComparer.Ordinal);

    public KeyIndex(IReadOnlyList<string> columns) => Columns = columns;

    public IReadOnlyList<string> Columns { get; }

    public void Add(Entity row)
    {
        if (KeyOf(c => Value(row, c)) is not { } key) return;
        if (!_rows.TryGetValue(key, out var ids)) _rows[key] = ids = new HashSet<Guid>();
        ids.Add(row.Id);
    }

    public void Remove(Entity row)
    {
        if (KeyOf(c => Value(row, c)) is not { } key || !_rows.TryGetValue(key, out var ids)) return;
        ids.Remove(row.Id);
        if (ids.Count == 0) _rows.Remove(key);
    }

    /// <summary>The ids of the rows whose key columns hold these values (none when a value is empty).</summary>
    public IReadOnlyCollection<Guid> Find(Func<string, object?> valueOf) =>
        KeyOf(valueOf) is { } key && _rows.TryGetValue(key, out var ids) ? ids : Array.Empty<Guid>();

    private string? KeyOf(Func<string, object?> valueOf)
    {
        var parts = new string[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            var part = Canonical(ValueComparison.Normalize(valueOf(Columns[i])));
            if (part is null) return null;
            parts[i] = part;
        }
        return string.Join("\u001f", parts);
    }

    private static object? Value(Entity row, string column) =>
        row.Attributes.TryGetValue(column, out var value) ? value : column == row.LogicalName + "id" ? row.Id : null;

    /// <summary>One text per equal value: the same equality <see cref="ValueComparison.AreEqual"/> applies.</summary>
    private static string? Canonical(object? value) => value switch
    {
        null => null,
        // A Guid written as text equals the Guid, as ValueComparison aligns them.
        string text when Guid.TryParse(text, out var id) => "g:" + id.ToString("N"),
        string text => "s:" + text.ToUpperInvariant(),
        Guid id => "g:" + id.ToString("N"),
        decimal number => "n:" + (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        DateTime date => "d:" + date.Ticks.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "b:1" : "b:0",
        _ => "o:" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
