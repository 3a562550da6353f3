using System.Reflection;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// The net462 workflow activity assembly as built, read by metadata only: System.Activities does not
/// exist on .NET, so the assembly is never loaded into the test process. Its references resolve to
/// the .NET Framework 4.6.2 reference assemblies and the net462 SDK it was built against.
/// </summary>
public sealed class BuiltWorkflowAssembly
{
    public const string AssemblyName = "AlumniCrmWorkflowActivities";
    public const string ActivityNamespace = "AlumniCrm.WorkflowActivities";
    public const string BaseClassName = ActivityNamespace + ".AlumniActivity";
    public const string CodeActivity = "System.Activities.CodeActivity";

    private static readonly Lazy<BuiltWorkflowAssembly> Shared = new(() => new BuiltWorkflowAssembly());

    public static BuiltWorkflowAssembly Current => Shared.Value;

    private BuiltWorkflowAssembly()
    {
        RepositoryRoot = Metadata("RepoRoot");
        var configuration = Metadata("Configuration");
        Path = System.IO.Path.Combine(RepositoryRoot, "WorkflowActivities", "bin", configuration, "net462", AssemblyName + ".dll");
        if (!File.Exists(Path)) throw new FileNotFoundException("The workflow activity assembly was not built.", Path);

        var framework = System.IO.Path.Combine(Metadata("NuGetPackageRoot"), "microsoft.netframework.referenceassemblies.net462", "1.0.2",
            "build", ".NETFramework", "v4.6.2");
        // The SDK it was built against: Microsoft's DLLs with -p:DataverseSdk=RealDlls, else the stand-in.
        var realSdk = typeof(BuiltWorkflowAssembly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "RealSdkDir")?.Value;
        var sdk = new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" }
            .Select(name => realSdk is null
                ? System.IO.Path.Combine(RepositoryRoot, "Sdk", name, "bin", configuration, "net462", name + ".dll")
                : System.IO.Path.Combine(realSdk, name + ".dll"));
        var resolvable = Directory.GetFiles(framework, "*.dll")
            .Concat(Directory.GetFiles(System.IO.Path.Combine(framework, "Facades"), "*.dll"))
            .Concat(sdk)
            .Append(Path);
        // Lives as long as the test process: the types handed out stay readable.
        var context = new MetadataLoadContext(new PathAssemblyResolver(resolvable), "mscorlib");
        Assembly = context.LoadFromAssemblyPath(Path);
    }

    public string RepositoryRoot { get; }

    public string Path { get; }

    public Assembly Assembly { get; }

    /// <summary>Every concrete class that the workflow runtime could run (a CodeActivity that is not abstract).</summary>
    public IReadOnlyList<Type> Activities =>
        Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && DerivesFrom(t, CodeActivity)).OrderBy(t => t.FullName).ToList();

    public static bool DerivesFrom(Type type, string baseFullName)
    {
        for (var t = type.BaseType; t != null; t = t.BaseType)
            if (t.FullName == baseFullName) return true;
        return false;
    }

    private static string Metadata(string key) =>
        typeof(BuiltWorkflowAssembly).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException("AssemblyMetadata " + key + " is empty.");
}
