extern alias plugins;

using System.Reflection;
using AlumniCrm.Testing.InMemoryDataverse;

namespace AlumniCrm.Tests.Infrastructure;

/// <summary>
/// The in-memory Dataverse with the product solution loaded from <c>Solution/</c>: the real step
/// files, custom APIs and alternate keys, running the built plugin assembly. Never register
/// product steps in a test: what runs here is what is deployed.
/// </summary>
public static class ProductEnvironment
{
    public static Assembly PluginAssembly => typeof(plugins::AlumniCrm.Plugins.Steps.PluginBase).Assembly;

    /// <summary>A fresh environment (one per test) with the solution's registrations and the N:N the solution declares.</summary>
    public static InMemoryDataverseEnvironment Create()
    {
        var env = new InMemoryDataverseEnvironment();
        // The N:N is not read from Other/Relationships; declared here exactly as the solution defines it.
        env.DeclareManyToMany(Names.NetworkProgrammes, Names.NetworkProgrammes,
            Names.Network, Names.NetworkId, Names.Programme, Names.ProgrammeId);
        return env.LoadSolution(RepositoryPaths.SolutionFolder, PluginAssembly);
    }

    private static class Names
    {
        public const string NetworkProgrammes = "alm_network_studyprogramme";
        public const string Network = "alm_network";
        public const string NetworkId = "alm_networkid";
        public const string Programme = "alm_studyprogramme";
        public const string ProgrammeId = "alm_studyprogrammeid";
    }
}
