using System.Reflection;
using AlumniCrm.Sdk.Tests.Surface;

namespace AlumniCrm.Sdk.Tests.RealSdk;

/// <summary>
/// The checked-in listing (official-surface.txt and the supplement) against Microsoft's own DLLs, read
/// by metadata: every line the stand-in must have is a line of the real assembly. Compiled only with
/// -p:DataverseSdk=RealDlls -p:RealSdkDir=&lt;folder&gt; (tools/real-sdk/test-with-real-sdk.sh), because
/// Microsoft's binaries are never part of the repository.
/// </summary>
public class RealSdkSurfaceTests
{
    public static TheoryData<string> RealAssemblies() =>
        new() { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" };

    [Theory]
    [MemberData(nameof(RealAssemblies))]
    public void Every_line_of_the_listing_is_in_the_real_assembly(string assemblyName)
    {
        var real = new HashSet<string>(RealSdkFolder.PrintSurface(assemblyName), StringComparer.Ordinal);

        var absent = OfficialSurface.LinesOf(assemblyName).Where(line => !real.Contains(line)).ToList();

        Assert.True(absent.Count == 0,
            $"{absent.Count} lines of the listing for {assemblyName} are not in Microsoft's {RealSdkFolder.PathOf(assemblyName)}:\n"
            + string.Join("\n", absent));
    }

    [Theory]
    [MemberData(nameof(RealAssemblies))]
    public void Every_type_of_the_listing_has_no_member_the_listing_lacks(string assemblyName)
    {
        // The stand-in has exactly the listed lines; for the types it has, the real assembly should add
        // nothing the product could come to rely on unnoticed. Members the stand-in leaves out on purpose
        // are named in docs/sdk-stand-in.md ("Deliberately absent") and listed here.
        var listed = OfficialSurface.LinesOf(assemblyName);
        var listedTypes = new HashSet<string>(listed.Select(TypeOf), StringComparer.Ordinal);
        var listedLines = new HashSet<string>(listed, StringComparer.Ordinal);

        var unlisted = RealSdkFolder.PrintSurface(assemblyName)
            .Where(line => listedTypes.Contains(TypeOf(line)) && !listedLines.Contains(line) && !DeliberatelyAbsent.Contains(line))
            .ToList();

        Assert.True(unlisted.Count == 0,
            $"{unlisted.Count} members of listed {assemblyName} types are in Microsoft's DLL but neither in the listing nor deliberately absent:\n"
            + string.Join("\n", unlisted));
    }

    [Theory]
    [MemberData(nameof(RealAssemblies))]
    public void The_real_assembly_has_the_identity_the_stand_in_copies(string assemblyName)
    {
        var identity = AssemblyName.GetAssemblyName(RealSdkFolder.PathOf(assemblyName));

        Assert.Equal($"{assemblyName}, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35", identity.FullName);
    }

    private static string TypeOf(string line) => line.Split(" | ")[1];

    private static readonly HashSet<string> DeliberatelyAbsent = new(StringComparer.Ordinal);
}
