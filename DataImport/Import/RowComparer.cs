using System.Text.Json.Nodes;

namespace AlumniCrm.DataImport.Import;

/// <summary>Decides Create / Update / Unchanged by comparing a desired row with the environment's row.</summary>
public static class RowComparer
{
    /// <summary>Compares and records on the row what to do and, for an existing row, its id.</summary>
    public static void Apply(DesiredRow desired, JsonObject? existing, Func<LookupBinding, string?> idOf)
    {
        desired.Change = Decide(desired, existing, idOf);
        desired.ExistingId = existing?[desired.Table.PrimaryId]?.GetValue<string>();
    }

    /// <param name="desired">The row the file wants.</param>
    /// <param name="existing">The environment's row (null when none has the key).</param>
    /// <param name="idOf">The id of a lookup target by its key, when known (null for a target not yet created).</param>
    public static RowChange Decide(DesiredRow desired, JsonObject? existing, Func<LookupBinding, string?> idOf)
    {
        if (existing is null) return RowChange.Create;
        foreach (var (column, value) in desired.Columns)
        {
            if (!JsonValues.AreEqual(value, existing[column])) return RowChange.Update;
        }

        foreach (var lookup in desired.Lookups)
        {
            var current = existing[$"_{lookup.Column}_value"]?.GetValue<string>();
            var wanted = idOf(lookup);
            if (wanted is null || !string.Equals(current, wanted, StringComparison.OrdinalIgnoreCase)) return RowChange.Update;
        }

        return RowChange.Unchanged;
    }

    /// <summary>The columns to $select to compare rows of this shape.</summary>
    public static IEnumerable<string> SelectColumns(IEnumerable<DesiredRow> rows)
    {
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            columns.Add(row.Table.PrimaryId);
            columns.Add(row.Table.KeyColumn);
            foreach (var column in row.Columns.Keys) columns.Add(column);
            foreach (var lookup in row.Lookups) columns.Add($"_{lookup.Column}_value");
        }

        return columns;
    }
}
