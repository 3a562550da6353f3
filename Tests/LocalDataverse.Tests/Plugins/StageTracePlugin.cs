using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Traces its label (the unsecure configuration) with the stage, depth and transaction state it ran in.</summary>
public sealed class StageTracePlugin : IPlugin
{
    private readonly string _label;

    public StageTracePlugin(string unsecureConfiguration, string secureConfiguration) => _label = unsecureConfiguration ?? "";

    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        tracing.Trace("{0} stage={1} transaction={2}", _label, context.Stage, context.IsInTransaction);
    }
}
