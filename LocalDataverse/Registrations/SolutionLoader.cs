using System.Reflection;
using AlumniCrm.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// Reads the registrations of an unpacked solution folder and binds each plugin type to its CLR
/// type in the given built assemblies. Anything a step or custom API needs but cannot be found
/// fails loading with the file that asked for it.
/// </summary>
internal static class SolutionLoader
{
    public static void Load(string solutionFolder, string? deployTimeStepsFolder, IReadOnlyList<Assembly> assemblies, RegistrationCatalog registrations, SchemaCatalog schema)
    {
        if (!Directory.Exists(solutionFolder)) throw new DirectoryNotFoundException($"No solution folder at {solutionFolder}.");

        foreach (var key in EntityKeyReader.Read(solutionFolder)) schema.AddKey(key);
        foreach (var relationship in ManyToManyReader.Read(solutionFolder)) schema.AddManyToMany(relationship);

        var pluginTypes = PluginAssemblyReader.Read(solutionFolder);
        foreach (var type in pluginTypes)
        {
            var assembly = assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, type.AssemblyName, StringComparison.OrdinalIgnoreCase));
            if (assembly?.GetType(type.Name, throwOnError: false) is { } clrType && typeof(IPlugin).IsAssignableFrom(clrType))
                registrations.AddPluginType(new PluginTypeRegistration(type.Id, type.Name, clrType));
        }
        var resolved = new Dictionary<Guid, PluginTypeRegistration>();
        PluginTypeRegistration Resolve(PluginTypeEntry entry, string requestedBy)
        {
            if (resolved.TryGetValue(entry.Id, out var known)) return known;
            var assembly = assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, entry.AssemblyName, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException(
                    $"{requestedBy} needs plugin type {entry.Name} of assembly {entry.AssemblyName}, which was not given to LoadSolution.");
            var type = assembly.GetType(entry.Name, throwOnError: false)
                ?? throw new InvalidOperationException($"{requestedBy}: {entry.AssemblyName} has no type {entry.Name} (registered in {entry.Source}).");
            if (!typeof(IPlugin).IsAssignableFrom(type)) throw new InvalidOperationException($"{requestedBy}: {entry.Name} does not implement IPlugin.");
            var registration = new PluginTypeRegistration(entry.Id, entry.Name, type);
            resolved[entry.Id] = registration;
            return registration;
        }

        var steps = StepReader.Read(solutionFolder, registrations.MessageIds).ToList();
        if (deployTimeStepsFolder is not null) steps.AddRange(StepReader.ReadDeployTime(deployTimeStepsFolder));

        foreach (var api in CustomApiReader.Read(solutionFolder))
        {
            PluginTypeRegistration? pluginType = null;
            if (api.PluginTypeId is { } typeId)
            {
                var entry = pluginTypes.FirstOrDefault(t => t.Id == typeId)
                    ?? throw new InvalidDataException($"{api.Source}: plugin type {typeId} is not in any PluginAssemblies/*.dll.data.xml.");
                pluginType = Resolve(entry, api.Source);
            }
            registrations.AddCustomApi(new CustomApiRegistration(
                api.UniqueName, pluginType, api.BindingType, api.BoundEntity, api.RequestParameters, api.ResponseProperties));
        }

        // Steps after the custom APIs, so a step may be registered on one of them.
        foreach (var step in steps)
        {
            var entry = (step.PluginTypeId is { } id ? pluginTypes.FirstOrDefault(t => t.Id == id) : null)
                ?? pluginTypes.FirstOrDefault(t => t.Name == step.PluginTypeName)
                ?? throw new InvalidDataException(
                    $"{step.Source}: the plugin type {step.PluginTypeName ?? step.PluginTypeId?.ToString()} is not in any PluginAssemblies/*.dll.data.xml.");
            registrations.AddStep(new StepRegistration(
                step.Id, step.Name, step.MessageName, step.PrimaryEntity, step.Stage, step.Mode, step.Rank,
                step.FilteringAttributes, step.Configuration, Resolve(entry, step.Source), step.Images));
        }
    }
}
