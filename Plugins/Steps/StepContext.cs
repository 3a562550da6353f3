using System;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>What a step needs from the pipeline, resolved once per execution.</summary>
public sealed class StepContext
{
    private readonly IOrganizationServiceFactory _factory;
    private IOrganizationService? _userService;
    private IOrganizationService? _systemService;

    public StepContext(IPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        Context = context;
        Tracing = tracing;
        _factory = factory;
    }

    public IPluginExecutionContext Context { get; }
    public ITracingService Tracing { get; }

    /// <summary>Runs as the calling user: their privileges apply.</summary>
    public IOrganizationService UserService => _userService ??= _factory.CreateOrganizationService(Context.UserId);

    /// <summary>Runs as SYSTEM: for bookkeeping the user may not do themselves (sharing, enrolment).</summary>
    public IOrganizationService SystemService => _systemService ??= _factory.CreateOrganizationService(null);

    public DateTime UtcNow => Context.OperationCreatedOn == default ? DateTime.UtcNow : Context.OperationCreatedOn;

    public Entity? Target => Context.InputParameters.TryGetValue("Target", out var value) ? value as Entity : null;

    public EntityReference? TargetReference => Context.InputParameters.TryGetValue("Target", out var value) ? value as EntityReference : null;

    public EntityCollection? Targets => Context.InputParameters.TryGetValue("Targets", out var value) ? value as EntityCollection : null;

    public Entity? PreImage(string alias) => Context.PreEntityImages.TryGetValue(alias, out var image) ? image : null;

    public Entity? PostImage(string alias) => Context.PostEntityImages.TryGetValue(alias, out var image) ? image : null;

    public void Trace(string format, params object[] args) => Tracing.Trace(format, args);
}
