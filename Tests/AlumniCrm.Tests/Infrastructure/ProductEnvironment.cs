extern alias plugins;

using System.Reflection;
using AlumniCrm.LocalDataverse;

namespace AlumniCrm.Tests.Infrastructure;

/// <summary>
/// The in-memory Dataverse with the product solution loaded from <c>Solution/</c>: the real step
/// files, custom APIs and alternate keys, running the built plugin assembly. Never register
/// product steps in a test: what runs here is what is deployed.
/// </summary>
public static class ProductEnvironment
{
    public static Assembly PluginAssembly => typeof(plugins::AlumniCrm.Plugins.Steps.PluginBase).Assembly;

    /// <summary>
    /// A fresh environment (one per test) with the solution's registrations, alternate keys and N:N
    /// relationships, all read from Solution/, and the steps <c>alumnicrm-import deploy</c> registers
    /// by message name (Deployment/SdkMessageProcessingSteps): the environment as deployed.
    /// </summary>
    public static InMemoryDataverseEnvironment Create() =>
        new InMemoryDataverseEnvironment().LoadDeployedSolution(RepositoryPaths.SolutionFolder, RepositoryPaths.DeployTimeStepsFolder, PluginAssembly);
}
