using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Extensions;

namespace AlumniCrm.Sdk.Tests.Behaviour;

public class ExtensionTests
{
    [Fact]
    public void ServiceProvider_Get_returns_the_registered_service()
    {
        var tracing = new RecordingTracingService();
        var provider = new SingleServiceProvider(typeof(ITracingService), tracing);

        Assert.Same(tracing, provider.Get<ITracingService>());
        Assert.Null(provider.Get<IOrganizationServiceFactory>());
    }

    [Fact]
    public void ParameterCollection_TryGetValue_of_T_checks_the_type()
    {
        var parameters = new ParameterCollection { ["Target"] = new Entity("contact") };

        Assert.True(parameters.TryGetValue("Target", out Entity target));
        Assert.Equal("contact", target.LogicalName);
        Assert.False(parameters.TryGetValue("Target", out EntityReference _));
        Assert.False(parameters.TryGetValue("Missing", out Entity _));
    }

    [Fact]
    public void InputParameterOrDefault_returns_the_typed_input_or_default()
    {
        var context = new StubPluginExecutionContext();
        context.InputParameters["Target"] = new Entity("contact");

        Assert.Equal("contact", context.InputParameterOrDefault<Entity>("Target").LogicalName);
        Assert.Null(context.InputParameterOrDefault<EntityReference>("Target"));
        Assert.Null(context.InputParameterOrDefault<Entity>("Missing"));
        // Microsoft's SDK decides by stage alone: 20 (pre-operation) to 40 (post-operation).
        Assert.True(context.IsWithinMainTransaction());
    }

    private sealed class SingleServiceProvider : IServiceProvider
    {
        private readonly Type _type;
        private readonly object _service;

        public SingleServiceProvider(Type type, object service)
        {
            _type = type;
            _service = service;
        }

        public object GetService(Type serviceType) => serviceType == _type ? _service : null;
    }

    private sealed class RecordingTracingService : ITracingService
    {
        public List<string> Lines { get; } = new();

        public void Trace(string format, params object[] args) => Lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
    }
}
