using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>The IServiceProvider handed to IPlugin.Execute: the context, tracing and the organization service factory.</summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly PluginExecutionContext _context;
    private readonly ITracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;

    public PluginServiceProvider(PluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        _context = context;
        _tracing = tracing;
        _factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType.IsInstanceOfType(_context)) return _context;
        if (serviceType == typeof(ITracingService)) return _tracing;
        if (serviceType == typeof(IOrganizationServiceFactory)) return _factory;
        return null;
    }
}
