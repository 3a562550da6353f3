using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Pre-operation on account Create: changes the Target (the change must be stored) and leaves a shared variable.</summary>
public sealed class StampPreOperationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        var target = (Entity)context.InputParameters["Target"];
        target["description"] = "stamped in pre-operation";
        context.SharedVariables["stampedBy"] = nameof(StampPreOperationPlugin);
        tracing.Trace("stamped {0}", target.GetAttributeValue<string>("name"));
    }
}
