namespace AlumniCrm.Tests.Infrastructure;

/// <summary>Finds the repository from the test's output folder (the folder holding AlumniCrm.sln).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string RepositoryRoot => Root.Value;

    /// <summary>The unpacked product solution: the registrations every product test runs.</summary>
    public static string SolutionFolder => Path.Combine(RepositoryRoot, "Solution");

    /// <summary>The steps registered at deployment by message name.</summary>
    public static string DeployTimeStepsFolder => Path.Combine(RepositoryRoot, "Deployment", "SdkMessageProcessingSteps");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AlumniCrm.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No AlumniCrm.sln above {AppContext.BaseDirectory}.");
    }
}
