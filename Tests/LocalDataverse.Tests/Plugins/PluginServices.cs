using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests.Plugins;

/// <summary>What every test plugin takes from the service provider.</summary>
internal sealed record PluginServices(IPluginExecutionContext4 Context, ITracingService Tracing, IOrganizationService Service)
{
    public static PluginServices From(IServiceProvider provider)
    {
        var context = (IPluginExecutionContext4)provider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)provider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
        return new PluginServices(context, tracing, factory.CreateOrganizationService(context.UserId));
    }
}
