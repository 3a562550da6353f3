namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Every registration the pipeline runs: steps, custom APIs, secure configurations, message ids.</summary>
public sealed class RegistrationCatalog
{
    private readonly List<StepRegistration> _steps = new();
    private readonly Dictionary<string, CustomApiRegistration> _customApis = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, string> _secureConfigurations = new();
    private readonly Dictionary<Guid, string> _messageIds = SdkMessageIds.WellKnown.ToDictionary(p => p.Key, p => p.Value);

    public IReadOnlyList<StepRegistration> Steps => _steps;

    public IReadOnlyCollection<CustomApiRegistration> CustomApis => _customApis.Values;

    public IReadOnlyDictionary<Guid, string> MessageIds => _messageIds;

    public void AddStep(StepRegistration step)
    {
        if (Pipeline.PlatformMessages.WhyNotAStepMessage(step.MessageName) is { } problem && FindCustomApi(step.MessageName) is null)
        {
            throw new InvalidOperationException($"Step {step.Name}: {problem}.");
        }
        if (_steps.Any(s => s.Id == step.Id)) throw new InvalidOperationException($"A step with id {step.Id} is already registered.");
        if (step.Mode == StepMode.Asynchronous && step.Stage != StepStage.PostOperation)
        {
            throw new InvalidOperationException($"Step {step.Name}: asynchronous steps run post-operation (stage 40) only.");
        }
        if (step.Stage == StepStage.MainOperation) throw new InvalidOperationException($"Step {step.Name}: stage 30 is the main operation, not a step stage.");
        _steps.Add(step);
    }

    /// <summary>Removes a step (an environment deleting or re-registering an sdkmessageprocessingstep row).</summary>
    public bool RemoveStep(Guid stepId) => _steps.RemoveAll(s => s.Id == stepId) > 0;

    /// <summary>Every plugin type the loaded solution registered (by full type name).</summary>
    public IReadOnlyDictionary<string, PluginTypeRegistration> PluginTypes { get; } = new Dictionary<string, PluginTypeRegistration>(StringComparer.Ordinal);

    internal void AddPluginType(PluginTypeRegistration type) => ((Dictionary<string, PluginTypeRegistration>)PluginTypes)[type.Name] = type;

    public void AddCustomApi(CustomApiRegistration api) => _customApis[api.UniqueName] = api;

    public CustomApiRegistration? FindCustomApi(string messageName) =>
        _customApis.TryGetValue(messageName, out var api) ? api : null;

    public void SetSecureConfiguration(Guid stepId, string? configuration)
    {
        if (configuration is null) _secureConfigurations.Remove(stepId);
        else _secureConfigurations[stepId] = configuration;
    }

    public string? SecureConfigurationOf(Guid stepId) => _secureConfigurations.TryGetValue(stepId, out var text) ? text : null;

    public void MapMessageId(Guid sdkMessageId, string messageName) => _messageIds[sdkMessageId] = messageName;

    /// <summary>Steps of a message (and table) in a stage and mode, ordered by rank (then registration order).</summary>
    public IReadOnlyList<StepRegistration> StepsFor(string messageName, string? table, StepStage stage, StepMode mode) =>
        _steps.Where(s => s.Stage == stage && s.Mode == mode && s.AppliesTo(messageName, table))
            .OrderBy(s => s.Rank)
            .ToList();
}
