using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Rejects a row whose name starts with "boom", with the message given as unsecure configuration.</summary>
public sealed class RejectingPlugin : IPlugin
{
    private readonly string _message;

    public RejectingPlugin(string unsecureConfiguration, string secureConfiguration)
    {
        _message = (unsecureConfiguration ?? "Rejected") + (string.IsNullOrEmpty(secureConfiguration) ? "" : $" ({secureConfiguration})");
    }

    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        var target = (Entity)context.InputParameters["Target"];
        var name = target.GetAttributeValue<string>("name") ?? "";
        tracing.Trace("checking {0}", name);
        if (name.StartsWith("boom", StringComparison.Ordinal)) throw new InvalidPluginExecutionException($"{_message}: {name}");
    }
}
