using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// The registrations in Solution/ and the built assemblies agree: what is registered exists, what
/// exists is registered, and every step names real columns, stages and images.
/// </summary>
public class PluginRegistrationTests
{
    static readonly SolutionSource Solution = SolutionSource.Current;
    static readonly RegistrationSource Registrations = new(Solution);
    static readonly BuiltAssemblies Built = BuiltAssemblies.Current;

    static string MessageOf(StepSource step) =>
        step.SdkMessageName ?? (Guid.TryParse(step.SdkMessageId, out var id) && SdkMessageIds.WellKnown.TryGetValue(id, out var name) ? name : "?");

    [Fact]
    public void Every_registered_plugin_type_exists_in_its_built_assembly_and_is_a_plugin_or_activity()
    {
        var problems = new List<string>();
        foreach (var assembly in Registrations.Assemblies)
        {
            var built = Built.ByName(assembly.AssemblyName);
            if (built is null) { problems.Add($"{assembly.Path}: no built assembly named {assembly.AssemblyName}"); continue; }
            foreach (var type in assembly.Types)
            {
                var found = built.GetType(type.Name);
                if (found is null) problems.Add($"{assembly.Path}: {type.Name} is not in {assembly.AssemblyName}");
                else if (type.IsWorkflowActivity && !BuiltAssemblies.DerivesFrom(found, "System.Activities.CodeActivity"))
                    problems.Add($"{type.Name} is registered as a workflow activity but is not a CodeActivity");
                else if (!type.IsWorkflowActivity && !BuiltAssemblies.Implements(found, "Microsoft.Xrm.Sdk.IPlugin"))
                    problems.Add($"{type.Name} is registered as a plugin but does not implement IPlugin");
                if (!type.AssemblyQualifiedName.StartsWith(type.Name + ", " + assembly.FullName, StringComparison.Ordinal))
                    problems.Add($"{type.Name}: AssemblyQualifiedName '{type.AssemblyQualifiedName}' does not name the assembly '{assembly.FullName}'");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_public_plugin_type_and_workflow_activity_in_the_built_assemblies_is_registered()
    {
        var registered = Registrations.PluginTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var plugins = Built.Plugins.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && BuiltAssemblies.Implements(t, "Microsoft.Xrm.Sdk.IPlugin"));
        var activities = Built.WorkflowActivities?.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && BuiltAssemblies.DerivesFrom(t, "System.Activities.CodeActivity")) ?? [];
        var unregistered = plugins.Concat(activities).Select(t => t.FullName!).Where(n => !registered.Contains(n)).ToList();
        Assert.True(unregistered.Count == 0, "Not registered in Solution/PluginAssemblies: " + string.Join(", ", unregistered));
    }

    [Fact]
    public void Plugin_assembly_registration_matches_the_built_identity_and_folder()
    {
        foreach (var assembly in Registrations.Assemblies)
        {
            var built = Built.ByName(assembly.AssemblyName);
            Assert.NotNull(built);
            Assert.Equal(built!.GetName().FullName, assembly.FullName);
            Assert.DoesNotContain('.', assembly.AssemblyName);
            var folder = assembly.Path.Split('/')[1];
            Assert.Equal($"{assembly.AssemblyName}-{Guid.Parse(assembly.Id).ToString("D").ToUpperInvariant()}", folder);
            Assert.Equal($"/PluginAssemblies/{folder}/{assembly.AssemblyName}.dll", assembly.FileName);
        }
    }

    [Fact]
    public void The_sdk_is_never_copied_next_to_the_plugin_or_workflow_output()
    {
        foreach (var path in new[] { Built.PluginsPath, Built.WorkflowActivitiesPath })
        {
            var folder = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(folder)) continue;
            var sdk = Directory.GetFiles(folder, "Microsoft.*.dll").Concat(Directory.GetFiles(folder, "System.ServiceModel*.dll"));
            Assert.Empty(sdk);
        }
    }

    [Fact]
    public void Every_step_names_a_registered_plugin_type_and_a_valid_stage_mode_and_message()
    {
        var problems = new List<string>();
        foreach (var step in Registrations.AllSteps)
        {
            var type = step.PluginTypeId is null ? null : Registrations.TypeById(step.PluginTypeId);
            if (type is null) problems.Add($"{step.Path}: PluginTypeId {step.PluginTypeId} is not a registered plugin type");
            else if (step.PluginTypeName is not null && step.PluginTypeName != type.AssemblyQualifiedName && step.PluginTypeName != type.Name)
                problems.Add($"{step.Path}: PluginTypeName '{step.PluginTypeName}' differs from the type registered with that id");
            if (step.Stage is not (10 or 20 or 40)) problems.Add($"{step.Path}: stage {step.Stage}");
            if (step.Mode is not (0 or 1)) problems.Add($"{step.Path}: mode {step.Mode}");
            if (step.Mode == 1 && step.Stage != 40) problems.Add($"{step.Path}: asynchronous steps run post-operation (40)");
            if (MessageOf(step) == "?") problems.Add($"{step.Path}: no message name, or an SdkMessageId Microsoft does not publish");
            else if (PlatformMessages.WhyNotAStepMessage(MessageOf(step)) is { } why) problems.Add($"{step.Path}: {why}");
            if (Guid.TryParse(step.Id, out _) == false) problems.Add($"{step.Path}: step id is not a guid");
            if (!step.Path.Contains(Guid.Parse(step.Id).ToString("D"), StringComparison.OrdinalIgnoreCase)) problems.Add($"{step.Path}: file is not named by the step id");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Step_filtering_attributes_and_image_columns_exist_and_are_always_explicit()
    {
        var problems = new List<string>();
        foreach (var step in Registrations.AllSteps.Where(s => s.PrimaryEntity is not null))
        {
            var table = step.PrimaryEntity!;
            var isUpdate = MessageOf(step) is "Update" or "UpdateMultiple";
            if (isUpdate && step.FilteringAttributes.Count == 0)
                problems.Add($"{step.Path}: an Update step without filtering attributes runs on every change");
            foreach (var column in step.FilteringAttributes.Where(c => !Solution.HasColumn(table, c)))
                problems.Add($"{step.Path}: filtering attribute {table}.{column} does not exist");
            foreach (var image in step.Images)
            {
                if (image.Attributes.Count == 0) problems.Add($"{step.Path}: image '{image.Alias}' takes every column; list the ones the code reads");
                foreach (var column in image.Attributes.Where(c => !Solution.HasColumn(table, c)))
                    problems.Add($"{step.Path}: image '{image.Alias}' column {table}.{column} does not exist");
                if (image.ImageType is < 0 or > 2) problems.Add($"{step.Path}: image type {image.ImageType}");
                if (string.IsNullOrEmpty(image.Alias)) problems.Add($"{step.Path}: image without EntityAlias");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Step_ids_and_image_ids_are_unique()
    {
        var ids = Registrations.AllSteps.Select(s => SolutionSource.IdOf(s.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Every_custom_api_names_a_registered_plugin_type_and_valid_members()
    {
        var problems = new List<string>();
        foreach (var api in Registrations.CustomApis)
        {
            if (!api.UniqueName.StartsWith("alm_", StringComparison.Ordinal)) problems.Add($"{api.Path}: unique name without the alm_ prefix");
            if (api.PluginTypeId is null || Registrations.TypeById(api.PluginTypeId) is null)
                problems.Add($"{api.Path}: plugin type {api.PluginTypeId ?? "(none)"} is not registered");
            foreach (var member in api.RequestParameters.Concat(api.ResponseProperties))
            {
                if (member.Type is < 0 or > 12) problems.Add($"{api.Path}: {member.UniqueName} has type {member.Type}");
                if (member.Type is 3 or 4 or 5 && member.EntityLogicalName is { Length: > 0 } entity && Solution.Table(entity) is null
                    && !SolutionSource.PlatformTables.Contains(entity))
                    problems.Add($"{api.Path}: {member.UniqueName} refers to unknown table {entity}");
            }
            foreach (var property in api.ResponseProperties.Where(p => p.Element.Element("isoptional") is not null))
                problems.Add($"{api.Path}: response property {property.UniqueName} carries isoptional, which breaks import");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_step_and_plugin_assembly_is_a_root_component()
    {
        var roots = Solution.Manifest.Descendants("RootComponent")
            .Select(r => ((string?)r.Attribute("type"), SolutionSource.IdOf((string?)r.Attribute("id")))).ToHashSet();
        var missing = Registrations.Steps.Where(s => !roots.Contains(("92", SolutionSource.IdOf(s.Id)))).Select(s => s.Path)
            .Concat(Registrations.Assemblies.Where(a => !roots.Contains(("91", SolutionSource.IdOf(a.Id)))).Select(a => a.Path))
            .ToList();
        Assert.True(missing.Count == 0, "Not in Other/Solution.xml RootComponents: " + string.Join(", ", missing));
    }

    [Fact]
    public void Steps_in_the_solution_carry_only_message_ids_Microsoft_publishes()
    {
        // Import looks a step's message up by id; an id nobody publishes cannot be trusted (docs/sdk-message-ids.md).
        foreach (var step in Registrations.Steps)
        {
            Assert.True(step.SdkMessageName is null, $"{step.Path}: a solution step names its message by SdkMessageId");
            Assert.True(Guid.TryParse(step.SdkMessageId, out var id) && SdkMessageIds.WellKnown.ContainsKey(id),
                $"{step.Path}: SdkMessageId {step.SdkMessageId} is not published by Microsoft; declare the step in Deployment/SdkMessageProcessingSteps by name");
        }
    }

    [Fact]
    public void Deploy_time_steps_name_their_message_and_no_step_is_declared_twice()
    {
        Assert.NotEmpty(Registrations.DeployTimeSteps);
        foreach (var step in Registrations.DeployTimeSteps)
        {
            Assert.True(step.SdkMessageId is null, $"{step.Path}: a deploy-time step names its message, never an id");
            Assert.False(string.IsNullOrWhiteSpace(step.SdkMessageName), $"{step.Path}: no SdkMessageName");
        }
        // After `pac solution sync` brings a deploy-time step back with its real id, its declaration here must go.
        var inSolution = Registrations.Steps.Select(s => SolutionSource.IdOf(s.Id)).ToHashSet();
        Assert.DoesNotContain(Registrations.DeployTimeSteps, s => inSolution.Contains(SolutionSource.IdOf(s.Id)));
        var keys = Registrations.AllSteps.Select(s => (MessageOf(s), s.PrimaryEntity, s.PluginTypeName, s.Stage, s.Mode)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Every_plugin_type_has_a_step_or_a_custom_api()
    {
        var used = Registrations.AllSteps.Select(s => s.PluginTypeId).Concat(Registrations.CustomApis.Select(a => a.PluginTypeId))
            .OfType<string>().Select(SolutionSource.IdOf).ToHashSet();
        var unused = Registrations.PluginTypes.Where(t => !t.IsWorkflowActivity && !used.Contains(SolutionSource.IdOf(t.Id))).Select(t => t.Name).ToList();
        Assert.True(unused.Count == 0, "Registered plugin types that nothing runs: " + string.Join(", ", unused));
    }
}
