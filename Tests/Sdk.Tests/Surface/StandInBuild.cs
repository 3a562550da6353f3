using System.Reflection;
using System.Runtime.InteropServices;

namespace AlumniCrm.Sdk.Tests.Surface;

/// <summary>One target-framework build of the stand-in: where its assemblies are and what resolves
/// their framework references.</summary>
public sealed class StandInBuild
{
    private static readonly string RepoRoot = Metadata("RepoRoot");
    private static readonly string Configuration = Metadata("Configuration");
    private static readonly string NuGetPackageRoot = Metadata("NuGetPackageRoot");

    private StandInBuild(string targetFramework, string coreAssembly, string[] assemblyNames, Func<IEnumerable<string>> frameworkAssemblies)
    {
        TargetFramework = targetFramework;
        CoreAssembly = coreAssembly;
        AssemblyNames = assemblyNames;
        FrameworkAssemblies = frameworkAssemblies;
    }

    public static readonly StandInBuild Net462 = new(
        "net462", "mscorlib",
        new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" },
        Net462FrameworkAssemblies);

    public static readonly StandInBuild Net10 = new(
        "net10.0", "System.Private.CoreLib",
        new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" },
        () => Directory.EnumerateFiles(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll")
            // Microsoft's System.ServiceModel.Primitives package, which this test project references too.
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "System.ServiceModel*.dll")));

    public static StandInBuild ForTargetFramework(string targetFramework) =>
        targetFramework == Net462.TargetFramework ? Net462
        : targetFramework == Net10.TargetFramework ? Net10
        : throw new ArgumentOutOfRangeException(nameof(targetFramework), targetFramework, null);

    public string TargetFramework { get; }

    public string CoreAssembly { get; }

    /// <summary>The stand-in assemblies this framework build produces.</summary>
    public IReadOnlyList<string> AssemblyNames { get; }

    private Func<IEnumerable<string>> FrameworkAssemblies { get; }

    /// <summary>Sdk/&lt;project&gt;/bin/&lt;Configuration&gt;/&lt;tfm&gt;/&lt;name&gt;.dll, built by the test project before the tests.</summary>
    public string PathOf(string assemblyName)
    {
        string path = Path.Combine(RepoRoot, "Sdk", assemblyName, "bin", Configuration, TargetFramework, assemblyName + ".dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The {TargetFramework} stand-in build of {assemblyName} is missing; the test project builds it before the tests.", path);
        }
        return path;
    }

    /// <summary>A load context that sees the stand-in assemblies and the framework they were built for.</summary>
    public MetadataLoadContext CreateLoadContext()
    {
        var paths = AssemblyNames.Select(PathOf).Concat(FrameworkAssemblies())
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .ToList();
        return new MetadataLoadContext(new PathAssemblyResolver(paths), CoreAssembly);
    }

    public override string ToString() => TargetFramework;

    /// <summary>The .NET Framework 4.6.2 reference assemblies (the Microsoft.NETFramework.ReferenceAssemblies package).</summary>
    public static IEnumerable<string> Net462FrameworkAssemblies()
    {
        string package = Path.Combine(NuGetPackageRoot, "microsoft.netframework.referenceassemblies.net462");
        string folder = Directory.EnumerateDirectories(package)
            .Select(version => Path.Combine(version, "build", ".NETFramework", "v4.6.2"))
            .FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException($"No .NET Framework 4.6.2 reference assemblies under {package}.");
        return Directory.EnumerateFiles(folder, "*.dll")
            .Concat(Directory.EnumerateFiles(Path.Combine(folder, "Facades"), "*.dll"));
    }

    private static string Metadata(string key) =>
        typeof(StandInBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is not set.");
}
