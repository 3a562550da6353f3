namespace AlumniCrm.Sdk.Tests.Surface;

/// <summary>The checked-in official listing plus the hand-written supplement, grouped by assembly.</summary>
internal static class OfficialSurface
{
    private static readonly string[] Files = { "official-surface.txt", "supplement-surface.txt" };

    private static readonly Lazy<IReadOnlyList<string>> AllLines = new(Load);

    public static IReadOnlyList<string> Lines => AllLines.Value;

    public static IReadOnlyList<string> LinesOf(string assemblyName) =>
        Lines.Where(line => line.StartsWith(assemblyName + " | ", StringComparison.Ordinal)).ToList();

    private static IReadOnlyList<string> Load()
    {
        var lines = new List<string>();
        foreach (var file in Files)
        {
            string path = Path.Combine(AppContext.BaseDirectory, "SurfaceListing", file);
            lines.AddRange(File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')));
        }
        return lines;
    }
}
