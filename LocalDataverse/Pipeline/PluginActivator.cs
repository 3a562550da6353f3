using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// Creates plugin instances: the (string unsecure, string secure) constructor when the type has
/// one, else the parameterless one. A new instance per execution — Dataverse caches instances and
/// reuses them across executions, which is why plugins must be stateless; this harness does not
/// detect a plugin that keeps state in fields.
/// </summary>
internal static class PluginActivator
{
    public static IPlugin Create(Type type, string? unsecureConfiguration, string? secureConfiguration)
    {
        var withConfiguration = type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, new[] { typeof(string), typeof(string) });
        if (withConfiguration != null) return (IPlugin)withConfiguration.Invoke(new object?[] { unsecureConfiguration, secureConfiguration });
        var parameterless = type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{type.FullName} has neither a public (string, string) nor a parameterless constructor.");
        return (IPlugin)parameterless.Invoke(null);
    }
}
