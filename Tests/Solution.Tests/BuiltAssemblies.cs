using System.Reflection;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// The net462 plugin and workflow assemblies as built, read by metadata only (they target .NET
/// Framework and are never loaded into the test process).
/// </summary>
public sealed class BuiltAssemblies : IDisposable
{
    static readonly Lazy<BuiltAssemblies> Shared = new(() => new BuiltAssemblies());
    public static BuiltAssemblies Current => Shared.Value;

    readonly MetadataLoadContext _context;

    BuiltAssemblies()
    {
        var root = SolutionSource.FindRepositoryRoot();
        var configuration = Metadata("Configuration");
        PluginsPath = Path.Combine(root, "Plugins", "bin", configuration, "net462", "AlumniCrmPlugins.dll");
        WorkflowActivitiesPath = Path.Combine(root, "WorkflowActivities", "bin", configuration, "net462", "AlumniCrmWorkflowActivities.dll");
        var referenceAssemblies = Path.Combine(Metadata("NuGetPackageRoot"), "microsoft.netframework.referenceassemblies.net462", "1.0.2",
            "build", ".NETFramework", "v4.6.2");
        // The SDK the net462 assemblies were built against: Microsoft's DLLs with -p:DataverseSdk=RealDlls, else the stand-in.
        var realSdk = OptionalMetadata("RealSdkDir");
        var standIn = new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" }
            .Select(name => realSdk is null
                ? Path.Combine(root, "Sdk", name, "bin", configuration, "net462", name + ".dll")
                : Path.Combine(realSdk, name + ".dll"));
        var paths = Directory.GetFiles(referenceAssemblies, "*.dll")
            .Concat(Directory.GetFiles(Path.Combine(referenceAssemblies, "Facades"), "*.dll"))
            .Concat(standIn.Where(File.Exists))
            .Append(PluginsPath).Append(WorkflowActivitiesPath);
        _context = new MetadataLoadContext(new PathAssemblyResolver(paths), "mscorlib");
        Plugins = _context.LoadFromAssemblyPath(PluginsPath);
        WorkflowActivities = File.Exists(WorkflowActivitiesPath) ? _context.LoadFromAssemblyPath(WorkflowActivitiesPath) : null;
    }

    public string PluginsPath { get; }
    public string WorkflowActivitiesPath { get; }
    public Assembly Plugins { get; }
    public Assembly? WorkflowActivities { get; }

    public Assembly? ByName(string name) =>
        name == Plugins.GetName().Name ? Plugins : name == WorkflowActivities?.GetName().Name ? WorkflowActivities : null;

    public static bool Implements(Type type, string interfaceFullName) =>
        type.GetInterfaces().Any(i => i.FullName == interfaceFullName);

    public static bool DerivesFrom(Type type, string baseFullName)
    {
        for (var t = type.BaseType; t != null; t = t.BaseType)
            if (t.FullName == baseFullName) return true;
        return false;
    }

    static string Metadata(string key) => OptionalMetadata(key) ?? throw new InvalidOperationException("AssemblyMetadata " + key + " is not set.");

    static string? OptionalMetadata(string key) =>
        typeof(BuiltAssemblies).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value;

    public void Dispose() => _context.Dispose();
}
