namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Finds the repository's unpacked solution from a test's output folder.</summary>
public static class SolutionLocator
{
    /// <summary>
    /// The nearest <paramref name="folderName"/> folder holding an unpacked solution (an <c>Other</c>
    /// or <c>PluginAssemblies</c> folder), searching from <paramref name="start"/> (default: the
    /// test's base directory) upwards.
    /// </summary>
    public static string Find(string folderName = "Solution", string? start = null)
    {
        for (var directory = new DirectoryInfo(start ?? AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, folderName);
            if (Directory.Exists(Path.Combine(candidate, "Other")) || Directory.Exists(Path.Combine(candidate, "PluginAssemblies")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No unpacked solution folder '{folderName}' above {start ?? AppContext.BaseDirectory}.");
    }
}
