namespace AlumniCrm.WebApiEmulator.Metadata;

/// <summary>
/// Entity set names are the plural logical names (docs/solution.md): contact ↔ contacts,
/// alm_faculty ↔ alm_faculties, alm_suppressionkey ↔ alm_suppressionkeys (a vowel before the y keeps it).
/// </summary>
public static class EntitySets
{
    public static string TableOf(string entitySet) =>
        entitySet.EndsWith("ies", StringComparison.Ordinal) ? entitySet[..^3] + "y"
        : entitySet.EndsWith('s') ? entitySet[..^1]
        : entitySet;

    public static string SetOf(string table) =>
        table.EndsWith('y') && !IsVowel(table[^2]) ? table[..^1] + "ies" : table + "s";

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
