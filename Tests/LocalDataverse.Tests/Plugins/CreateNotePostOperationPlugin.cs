using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Post-operation on account Create: writes a tst_note for the new account, carrying the shared variable of the pre-operation step.</summary>
public sealed class CreateNotePostOperationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, service) = PluginServices.From(serviceProvider);
        var accountId = (Guid)context.OutputParameters["id"];
        service.Create(new Entity("tst_note")
        {
            ["subject"] = context.SharedVariables.TryGetValue("stampedBy", out var stampedBy) ? stampedBy : "no shared variable",
            ["regardingobjectid"] = new EntityReference("account", accountId),
            ["depth"] = context.Depth,
        });
        tracing.Trace("note for {0} at depth {1}, in transaction {2}", accountId, context.Depth, context.IsInTransaction);
    }
}
