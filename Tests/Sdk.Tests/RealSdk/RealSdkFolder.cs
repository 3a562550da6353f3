using System.Reflection;
using AlumniCrm.Sdk.Tests.Surface;

namespace AlumniCrm.Sdk.Tests.RealSdk;

/// <summary>Microsoft's net462 SDK DLLs in the folder given as -p:RealSdkDir, read by metadata against
/// the .NET Framework 4.6.2 reference assemblies.</summary>
internal static class RealSdkFolder
{
    public static string Directory => typeof(RealSdkFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RealSdkDir").Value
        ?? throw new InvalidOperationException("Assembly metadata RealSdkDir is not set.");

    public static string PathOf(string assemblyName)
    {
        string path = Path.Combine(Directory, assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{assemblyName}.dll is not in the real SDK folder.", path);
    }

    public static IReadOnlyList<string> PrintSurface(string assemblyName)
    {
        var paths = System.IO.Directory.EnumerateFiles(Directory, "*.dll")
            .Concat(StandInBuild.Net462FrameworkAssemblies())
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First());
        using var context = new MetadataLoadContext(new PathAssemblyResolver(paths), "mscorlib");
        return SurfacePrinter.Print(context.LoadFromAssemblyPath(PathOf(assemblyName)));
    }
}
