using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Traces the message and the shape of its input: "Create Target x" or "CreateMultiple Targets n".</summary>
public sealed class MessageShapePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        if (context.InputParameters.TryGetValue("Targets", out var targets) && targets is EntityCollection collection)
        {
            tracing.Trace("{0} Targets {1} stage {2}", context.MessageName, collection.Entities.Count, context.Stage);
        }
        else
        {
            var target = (Entity)context.InputParameters["Target"];
            tracing.Trace("{0} Target {1} stage {2}", context.MessageName, target.GetAttributeValue<string>("name"), context.Stage);
        }
        if (context.Stage == 20 && context.InputParameters.TryGetValue("Target", out var single) && single is Entity item)
        {
            item["tst_touched"] = true;
        }
    }
}
