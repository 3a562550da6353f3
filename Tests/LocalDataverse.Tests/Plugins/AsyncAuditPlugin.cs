using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Asynchronous post-operation on account Create: writes a tst_audit row; fails for names starting with "async-fail".</summary>
public sealed class AsyncAuditPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, service) = PluginServices.From(serviceProvider);
        var target = (Entity)context.InputParameters["Target"];
        var name = target.GetAttributeValue<string>("name") ?? "";
        tracing.Trace("audit of {0}, in transaction {1}", name, context.IsInTransaction);
        service.Create(new Entity("tst_audit") { ["name"] = name, ["accountid"] = context.PrimaryEntityId });
        if (name.StartsWith("async-fail", StringComparison.Ordinal)) throw new InvalidPluginExecutionException("The audit job failed on purpose.");
    }
}
