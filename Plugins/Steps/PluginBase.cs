using System;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Steps;

/// <summary>
/// Entry point shared by every plugin type: resolves the pipeline services, runs the step and turns
/// rule violations into messages a user can act on. Holds no state: Dataverse caches one instance
/// and calls it from many threads.
/// </summary>
public abstract class PluginBase : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider == null) throw new InvalidPluginExecutionException("No service provider was supplied.");

        var context = Require<IPluginExecutionContext>(serviceProvider);
        var tracing = Require<ITracingService>(serviceProvider);
        var factory = Require<IOrganizationServiceFactory>(serviceProvider);
        var step = new StepContext(context, tracing, factory);

        tracing.Trace("{0}: {1} of {2} at stage {3}, depth {4}", GetType().Name, context.MessageName, context.PrimaryEntityName, context.Stage, context.Depth);
        UserFacingFailures.Run(GetType().Name, tracing, () => ExecuteStep(step));
    }

    protected abstract void ExecuteStep(StepContext step);

    private static T Require<T>(IServiceProvider serviceProvider) where T : class =>
        serviceProvider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException($"The pipeline did not provide {typeof(T).Name}.");
}
