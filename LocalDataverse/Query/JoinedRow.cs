using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>One result row while a query runs: the root row and the row joined under each link alias (null for an unmatched outer join).</summary>
internal sealed class JoinedRow
{
    public JoinedRow(Entity root) => Root = root;

    private JoinedRow(Entity root, Dictionary<string, Entity?> links)
    {
        Root = root;
        Links = links;
    }

    public Entity Root { get; }

    public Dictionary<string, Entity?> Links { get; } = new(StringComparer.Ordinal);

    public JoinedRow With(string alias, Entity? linked) =>
        new(Root, new Dictionary<string, Entity?>(Links, StringComparer.Ordinal) { [alias] = linked });

    /// <summary>The row a condition or link refers to: the root for null/the root table name, else the alias.</summary>
    public Entity? Source(string? alias, string rootTable)
    {
        if (string.IsNullOrEmpty(alias) || (alias == rootTable && !Links.ContainsKey(alias))) return Root;
        if (Links.TryGetValue(alias, out var linked)) return linked;
        throw new InvalidOperationException($"The query has no link-entity with the alias '{alias}'.");
    }

    public static object? Value(Entity? row, string attribute)
    {
        if (row is null) return null;
        if (row.Attributes.TryGetValue(attribute, out var value)) return value;
        return attribute == row.LogicalName + "id" ? row.Id : null;
    }
}
