using System.Reflection;
using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Metadata;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Security;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse;

/// <summary>
/// An in-memory Dataverse: an <see cref="IOrganizationService"/> over an in-memory store that runs
/// the product's plugins as Dataverse would, with the registrations read from the unpacked
/// solution. Not thread-safe: one environment per test.
/// </summary>
public sealed class InMemoryDataverseEnvironment
{
    private readonly ExecutionEngine _engine;

    public InMemoryDataverseEnvironment()
    {
        Users = new UserDirectory(Store, Guid.NewGuid(), Guid.NewGuid());
        Sharing = new SharingTable(Store);
        CallerId = Users.Add("Test user");
        _engine = new ExecutionEngine(this);
    }

    public DataStore Store { get; } = new();
    public SchemaCatalog Schema { get; } = new();
    public RegistrationCatalog Registrations { get; } = new();
    public UserDirectory Users { get; }
    public SharingTable Sharing { get; }
    public RequestLog Requests { get; } = new();
    public FaultInjector Faults { get; } = new();
    public PluginExecutionLog PluginExecutions { get; } = new();
    public AsyncJobQueue AsyncJobs { get; } = new();
    public SettableClock Clock { get; } = new(new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc));

    /// <summary>The user services act as unless CreateService is given another.</summary>
    public Guid CallerId { get; set; }

    /// <summary>When async steps run: after each top-level request (default) or on RunPendingAsync only.</summary>
    public AsyncExecution AsyncExecution { get; set; } = AsyncExecution.AfterEachRequest;

    /// <summary>Dataverse refuses a lookup to a row that does not exist; switch off to arrange data loosely.</summary>
    public bool ValidateLookups { get; set; } = true;

    /// <summary>A service acting as the given user (default <see cref="CallerId"/>); calls are top-level requests.</summary>
    public IOrganizationService CreateService(Guid? userId = null)
    {
        var user = userId ?? CallerId;
        if (!Users.Exists(user)) throw new InvalidOperationException($"No user {user}; add it with env.Users.Add first.");
        return new InMemoryOrganizationService(_engine, Invocation.TopLevel(user));
    }

    /// <summary>Reads registrations and alternate keys from an unpacked solution folder and binds plugin types to the given assemblies.</summary>
    public InMemoryDataverseEnvironment LoadSolution(string solutionFolder, params Assembly[] pluginAssemblies)
    {
        SolutionLoader.Load(solutionFolder, null, pluginAssemblies, Registrations, Schema);
        return this;
    }

    /// <summary>
    /// Reads a solution and the steps declared beside it by message name (registered at deployment by
    /// <c>alumnicrm-import deploy</c>): the environment as it is once deployed.
    /// </summary>
    public InMemoryDataverseEnvironment LoadDeployedSolution(string solutionFolder, string deployTimeStepsFolder, params Assembly[] pluginAssemblies)
    {
        SolutionLoader.Load(solutionFolder, deployTimeStepsFolder, pluginAssemblies, Registrations, Schema);
        return this;
    }

    /// <summary>
    /// Registers a step, or replaces the step of the same id, as the environment does when a tool
    /// (the Plugin Registration Tool, <c>alumnicrm-import deploy</c>) writes an sdkmessageprocessingstep
    /// row. The plugin type must be one the loaded solution registered; the platform's rules for steps apply.
    /// </summary>
    public StepRegistration RegisterStep(Guid id, string name, string messageName, string? primaryEntity, StepStage stage, StepMode mode, int rank,
        IReadOnlyList<string> filteringAttributes, string? configuration, string pluginTypeName, IReadOnlyList<StepImageRegistration> images)
    {
        var pluginType = Registrations.PluginTypes.GetValueOrDefault(pluginTypeName)
            ?? throw new InvalidOperationException($"No plugin type {pluginTypeName} is registered in this environment.");
        var step = new StepRegistration(id, name, messageName, primaryEntity, stage, mode, rank, filteringAttributes, configuration, pluginType, images);
        var previous = Registrations.Steps.FirstOrDefault(s => s.Id == id);
        Registrations.RemoveStep(id);
        try
        {
            Registrations.AddStep(step);
        }
        catch
        {
            if (previous is not null) Registrations.AddStep(previous);
            throw;
        }

        return step;
    }

    /// <summary>Maps an sdkmessage id that <see cref="SdkMessageIds"/> does not list; call before LoadSolution.</summary>
    public InMemoryDataverseEnvironment MapSdkMessageId(Guid sdkMessageId, string messageName)
    {
        Registrations.MapMessageId(sdkMessageId, messageName);
        return this;
    }

    public InMemoryDataverseEnvironment DeclareAlternateKey(string table, string keyName, params string[] columns)
    {
        Schema.AddKey(new AlternateKey(table, keyName, columns));
        return this;
    }

    public InMemoryDataverseEnvironment DeclareManyToMany(
        string schemaName, string intersectEntity, string entity1, string entity1Attribute, string entity2, string entity2Attribute)
    {
        Schema.AddManyToMany(new ManyToManyRelationship(schemaName, intersectEntity, entity1, entity1Attribute, entity2, entity2Attribute));
        return this;
    }

    /// <summary>Registers a custom API run by a plugin type (or by none).</summary>
    public InMemoryDataverseEnvironment RegisterCustomApi(string uniqueName, Type? pluginType, params CustomApiParameter[] requestParameters)
    {
        var type = pluginType is null ? null : new PluginTypeRegistration(Guid.NewGuid(), pluginType.FullName ?? pluginType.Name, pluginType);
        Registrations.AddCustomApi(new CustomApiRegistration(uniqueName, type, RequestParameters: requestParameters));
        return this;
    }

    /// <summary>Registers a step in code (for tests of one plugin without a solution folder). Returns the step id.</summary>
    public Guid RegisterStep(
        Type pluginType, string messageName, string? table, StepStage stage, StepMode mode = StepMode.Synchronous, int rank = 1,
        IReadOnlyList<string>? filteringAttributes = null, IReadOnlyList<StepImageRegistration>? images = null, string? unsecureConfiguration = null)
    {
        if (!typeof(IPlugin).IsAssignableFrom(pluginType)) throw new ArgumentException($"{pluginType} does not implement IPlugin.");
        var id = Guid.NewGuid();
        var name = $"{pluginType.FullName}: {messageName} of {table ?? "any Entity"}";
        Registrations.AddStep(new StepRegistration(id, name, messageName, table, stage, mode, rank,
            filteringAttributes ?? Array.Empty<string>(), unsecureConfiguration,
            new PluginTypeRegistration(Guid.NewGuid(), pluginType.FullName ?? pluginType.Name, pluginType),
            images ?? Array.Empty<StepImageRegistration>()));
        return id;
    }

    /// <summary>The secure configuration of a step (never in a solution; set per environment in Dataverse).</summary>
    public InMemoryDataverseEnvironment SetSecureConfiguration(Guid stepId, string? configuration)
    {
        Registrations.SetSecureConfiguration(stepId, configuration);
        return this;
    }

    /// <summary>Puts rows straight into the store — no plugins, no requests counted — to arrange a test.</summary>
    public void Seed(params Entity[] rows)
    {
        foreach (var row in rows)
        {
            var copy = ValueCloner.CloneEntity(row);
            if (copy.Id == Guid.Empty) copy.Id = Guid.NewGuid();
            copy[TableNames.PrimaryIdAttribute(copy.LogicalName)] = copy.Id;
            if (!copy.Contains("statecode")) copy["statecode"] = new OptionSetValue(0);
            if (!copy.Contains("ownerid")) copy["ownerid"] = new EntityReference(TableNames.SystemUser, CallerId);
            Store.Insert(copy);
            row.Id = copy.Id;
        }
    }

    /// <summary>Puts a row straight into the store, replacing the stored row of the same id — for system rows an emulator keeps.</summary>
    public void SeedOrReplace(Entity row)
    {
        if (row.Id == Guid.Empty || !Store.Exists(row.LogicalName, row.Id))
        {
            Seed(row);
            return;
        }

        var copy = ValueCloner.CloneEntity(row);
        copy[TableNames.PrimaryIdAttribute(copy.LogicalName)] = copy.Id;
        if (!copy.Contains("statecode")) copy["statecode"] = new OptionSetValue(0);
        Store.Replace(copy);
    }

    /// <summary>Runs the waiting async jobs (and those they queue) in order; returns how many ran.</summary>
    public int RunPendingAsync() => _engine.RunPendingAsync();
}
