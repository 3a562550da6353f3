extern alias plugins;

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// Where a custom API does the same job, the activity calls the very service method the API's plugin
/// calls — read from the compiled IL of both — so a workflow and a flow can never answer differently.
/// </summary>
public class SameServiceAsApiTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string, string> Twins() => new()
    {
        { "CheckContactability", "CheckContactabilityApi" },
        { "EnrolInEligibleNetworks", "EnrolInEligibleNetworksApi" },
    };

    [Theory, MemberData(nameof(Twins))]
    public void The_activity_calls_the_service_methods_its_api_calls(string activity, string api)
    {
        var activityType = BuiltWorkflowAssembly.Current.Activities.Single(a => a.Name == activity);
        var apiType = typeof(plugins::AlumniCrm.Plugins.Steps.PluginBase).Assembly.GetType("AlumniCrm.Plugins.Steps." + api)!;

        var fromActivity = ServiceCallsOfWorkflowMethod(activityType.GetMethod("Run", Declared)!);
        var fromApi = ServiceCalls(apiType.GetMethod("ExecuteStep", Declared)!, token => apiType.Module.ResolveMethod(token));

        Assert.NotEmpty(fromApi);
        Assert.Equal(fromApi, fromActivity);
    }

    /// <summary>
    /// MetadataLoadContext cannot resolve tokens, so the workflow assembly's own metadata tables are
    /// read: the services are compiled in, so calls into them are method definitions of that assembly.
    /// </summary>
    private static SortedSet<string> ServiceCallsOfWorkflowMethod(MethodInfo run)
    {
        using var pe = new PEReader(File.OpenRead(BuiltWorkflowAssembly.Current.Path));
        var metadata = pe.GetMetadataReader();
        return ServiceCalls(run, token =>
        {
            var handle = MetadataTokens.EntityHandle(token);
            if (handle.Kind != HandleKind.MethodDefinition) return null;
            var definition = metadata.GetMethodDefinition((MethodDefinitionHandle)handle);
            var type = metadata.GetTypeDefinition(definition.GetDeclaringType());
            return (metadata.GetString(type.Namespace), metadata.GetString(type.Name), metadata.GetString(definition.Name));
        });
    }

    private static SortedSet<string> ServiceCalls(MethodInfo method, Func<int, MethodBase?> resolve) =>
        ServiceCalls(method, token =>
        {
            var called = resolve(token);
            return called?.DeclaringType is { } type ? (type.Namespace ?? "", type.Name, called.Name) : null;
        });

    /// <summary>"Type.Method" of every call into the shared services layer.</summary>
    private static SortedSet<string> ServiceCalls(MethodInfo method, Func<int, (string Namespace, string Type, string Method)?> resolve)
    {
        var calls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var token in IlCalls.MethodTokens(method.GetMethodBody()!.GetILAsByteArray()!))
        {
            (string Namespace, string Type, string Method)? called;
            try { called = resolve(token); }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException) { continue; }   // bytes that only looked like a call
            if (called is { } c && c.Namespace.StartsWith("AlumniCrm.Plugins.Services", StringComparison.Ordinal))
                calls.Add(c.Type + "." + c.Method);
        }
        return calls;
    }
}
