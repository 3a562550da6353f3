using AlumniCrm.LocalDataverse;
using AlumniCrm.WebApiEmulator.Metadata;

namespace AlumniCrm.WebApiEmulator;

/// <summary>The product as deployed: the in-memory Dataverse with <c>Solution/</c> (keys, steps, custom APIs) and the plugin assembly.</summary>
public static class ProductEnvironment
{
    /// <summary>The repository root (the folder holding AlumniCrm.sln), found from the running assembly.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SolutionFolder => Path.Combine(RepositoryRoot, "Solution");

    /// <summary>The steps registered at deployment by message name (<c>alumnicrm-import deploy</c>).</summary>
    public static string DeployTimeStepsFolder => Path.Combine(RepositoryRoot, "Deployment", "SdkMessageProcessingSteps");

    /// <summary>
    /// A fresh in-memory Dataverse with the product solution and plugins loaded; <paramref name="deployed"/>
    /// also registers the deploy-time steps, as <c>alumnicrm-import deploy</c> leaves an environment.
    /// </summary>
    public static InMemoryDataverseEnvironment CreateDataverse(bool deployed = true)
    {
        var environment = new InMemoryDataverseEnvironment();
        var plugins = typeof(AlumniCrm.Plugins.Steps.PluginBase).Assembly;
        if (deployed) environment.LoadDeployedSolution(SolutionFolder, DeployTimeStepsFolder, plugins);
        else environment.LoadSolution(SolutionFolder, plugins);
        return environment;
    }

    /// <summary>An emulator over a fresh product environment; <paramref name="arrange"/> may seed rows or register test doubles first.</summary>
    public static DataverseWebApiEmulator CreateEmulator(EmulatorOptions? options = null, Action<InMemoryDataverseEnvironment>? arrange = null)
    {
        var environment = CreateDataverse(options?.Deployed ?? true);
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
