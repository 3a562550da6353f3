using AlumniCrm.LocalDataverse;
using AlumniCrm.WebApiEmulator.Metadata;

namespace AlumniCrm.WebApiEmulator;

/// <summary>The product as deployed: the in-memory Dataverse with <c>Solution/</c> (keys, steps, custom APIs) and the plugin assembly.</summary>
public static class ProductEnvironment
{
    /// <summary>The repository root (the folder holding AlumniCrm.sln), found from the running assembly.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SolutionFolder => Path.Combine(RepositoryRoot, "Solution");

    /// <summary>A fresh in-memory Dataverse with the product solution and plugins loaded.</summary>
    public static InMemoryDataverseEnvironment CreateDataverse()
    {
        var environment = new InMemoryDataverseEnvironment();
        environment.LoadSolution(SolutionFolder, typeof(AlumniCrm.Plugins.Steps.PluginBase).Assembly);
        return environment;
    }

    /// <summary>An emulator over a fresh product environment; <paramref name="arrange"/> may seed rows or register test doubles first.</summary>
    public static DataverseWebApiEmulator CreateEmulator(EmulatorOptions? options = null, Action<InMemoryDataverseEnvironment>? arrange = null)
    {
        var environment = CreateDataverse();
        arrange?.Invoke(environment);
        return new DataverseWebApiEmulator(environment, ColumnCatalog.FromSolution(SolutionFolder), options);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AlumniCrm.sln"))) return folder.FullName;
        }

        throw new InvalidOperationException("AlumniCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
