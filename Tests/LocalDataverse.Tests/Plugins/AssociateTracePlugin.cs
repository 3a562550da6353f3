using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>Traces an Associate/Disassociate: "message relationship target -> n related".</summary>
public sealed class AssociateTracePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var (context, tracing, _) = PluginServices.From(serviceProvider);
        var relationship = (Relationship)context.InputParameters["Relationship"];
        var target = (EntityReference)context.InputParameters["Target"];
        var related = (EntityReferenceCollection)context.InputParameters["RelatedEntities"];
        tracing.Trace("{0} {1} {2} -> {3} related", context.MessageName, relationship.SchemaName, target.LogicalName, related.Count);
    }
}
