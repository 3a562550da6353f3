using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Main operation of the custom API tst_Echo: Echo = Text upper-cased, Length = its length, Stage = the context's stage.</summary>
public sealed class EchoApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, _, _) = PluginServices.From(serviceProvider);
        var text = (string)context.InputParameters["Text"];
        context.OutputParameters["Echo"] = text.ToUpperInvariant();
        context.OutputParameters["Length"] = text.Length;
        context.OutputParameters["Stage"] = context.Stage;
    }
}
