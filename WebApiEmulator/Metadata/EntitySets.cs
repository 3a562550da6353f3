namespace AlumniCrm.WebApiEmulator.Metadata;

/// <summary>Entity set names are the plural logical names (docs/solution.md): contact ↔ contacts, alm_faculty ↔ alm_faculties.</summary>
public static class EntitySets
{
    public static string TableOf(string entitySet) =>
        entitySet.EndsWith("ies", StringComparison.Ordinal) ? entitySet[..^3] + "y"
        : entitySet.EndsWith('s') ? entitySet[..^1]
        : entitySet;

    public static string SetOf(string table) =>
        table.EndsWith('y') ? table[..^1] + "ies" : table + "s";
}
