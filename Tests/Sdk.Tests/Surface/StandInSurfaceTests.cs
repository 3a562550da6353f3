using System.Reflection;

namespace AlumniCrm.Sdk.Tests.Surface;

/// <summary>The stand-in must compile exactly like the official SDK: every public or protected type and
/// member it has is in the official listing with the same signature, and it has the official identity.</summary>
public class StandInSurfaceTests
{
    private const string MicrosoftPublicKeyToken = "31bf3856ad364e35";

    public static TheoryData<string, string> StandInAssemblies()
    {
        var data = new TheoryData<string, string>();
        foreach (var build in new[] { StandInBuild.Net462, StandInBuild.Net10 })
        {
            foreach (var name in build.AssemblyNames) data.Add(build.TargetFramework, name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StandInAssemblies))]
    public void Has_no_type_or_member_the_official_sdk_lacks(string targetFramework, string assemblyName)
    {
        var official = new HashSet<string>(OfficialSurface.LinesOf(assemblyName), StringComparer.Ordinal);

        var extras = PrintSurface(targetFramework, assemblyName).Where(line => !official.Contains(line)).ToList();

        Assert.True(extras.Count == 0,
            $"{assemblyName} ({targetFramework}) has {extras.Count} public/protected lines not in the official listing:\n"
            + string.Join("\n", extras));
    }

    [Theory]
    [MemberData(nameof(StandInAssemblies))]
    public void Has_every_type_and_member_of_the_official_listing(string targetFramework, string assemblyName)
    {
        var printed = new HashSet<string>(PrintSurface(targetFramework, assemblyName), StringComparer.Ordinal);

        var missing = OfficialSurface.LinesOf(assemblyName).Where(line => !printed.Contains(line)).ToList();

        Assert.True(missing.Count == 0,
            $"{assemblyName} ({targetFramework}) lacks {missing.Count} lines of the official listing:\n"
            + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(StandInAssemblies))]
    public void Has_the_official_assembly_identity(string targetFramework, string assemblyName)
    {
        var build = StandInBuild.ForTargetFramework(targetFramework);
        var identity = AssemblyName.GetAssemblyName(build.PathOf(assemblyName));

        Assert.Equal($"{assemblyName}, Version=9.0.0.0, Culture=neutral, PublicKeyToken={MicrosoftPublicKeyToken}", identity.FullName);
    }

    [Fact]
    public void Official_listing_is_checked_in_and_covers_every_stand_in_assembly()
    {
        foreach (var name in StandInBuild.Net462.AssemblyNames.Concat(StandInBuild.Net10.AssemblyNames).Distinct())
        {
            Assert.Contains(OfficialSurface.Lines, line => line.StartsWith(name + " | ", StringComparison.Ordinal));
        }
        Assert.Equal(OfficialSurface.Lines.Count, OfficialSurface.Lines.Distinct(StringComparer.Ordinal).Count());
    }

    private static IReadOnlyList<string> PrintSurface(string targetFramework, string assemblyName)
    {
        var build = StandInBuild.ForTargetFramework(targetFramework);
        using var context = build.CreateLoadContext();
        var assembly = context.LoadFromAssemblyPath(build.PathOf(assemblyName));
        return SurfacePrinter.Print(assembly);
    }
}
