namespace AlumniCrm.LocalDataverse.Metadata;

/// <summary>An alternate key of a table: its logical name and the columns whose values are unique together.</summary>
public sealed record AlternateKey(string Table, string Name, IReadOnlyList<string> Columns)
{
    public bool Matches(IEnumerable<string> columns) =>
        Columns.Count == columns.Count() && columns.All(c => Columns.Contains(c, StringComparer.Ordinal));
}
