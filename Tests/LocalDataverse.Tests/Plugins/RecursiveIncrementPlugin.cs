using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Post-operation on tst_counter Update that updates the same row again: an infinite loop the depth limit must stop.</summary>
public sealed class RecursiveIncrementPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, _, service) = PluginServices.From(serviceProvider);
        var target = (Entity)context.InputParameters["Target"];
        service.Update(new Entity("tst_counter", target.Id) { ["value"] = target.GetAttributeValue<int>("value") + 1 });
    }
}
