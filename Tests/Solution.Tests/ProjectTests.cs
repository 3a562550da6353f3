using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

public class ProjectTests
{
    static readonly string Repo = SolutionSource.Current.RepositoryRoot;
    static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";
    static XDocument Project => XDocument.Load(Path.Combine(Repo, "pac-solution.cdsproj"));

    [Fact]
    public void The_solution_project_packs_Solution_as_managed_and_unmanaged()
    {
        var properties = Project.Descendants(Msb + "PropertyGroup").Elements().ToLookup(e => e.Name.LocalName, e => e.Value);
        Assert.Equal("Solution", properties["SolutionRootPath"].Single());
        Assert.Equal("Both", properties["SolutionPackageType"].Single());
        Assert.Equal("net462", properties["TargetFramework"].Single());
    }

    [Fact]
    public void The_solution_project_references_the_plugin_and_workflow_projects_that_exist()
    {
        var references = Project.Descendants(Msb + "ProjectReference").Select(r => ((string)r.Attribute("Include")!).Replace('\\', '/')).ToList();
        Assert.Equal(["Plugins/AlumniCrmPlugins.csproj", "WorkflowActivities/AlumniCrmWorkflowActivities.csproj"], references.Order());
        foreach (var reference in references) Assert.True(File.Exists(Path.Combine(Repo, reference)), reference);
    }

    [Fact]
    public void The_packager_version_comes_from_central_package_management()
    {
        var reference = Project.Descendants(Msb + "PackageReference").Single(r => (string?)r.Attribute("Include") == "Microsoft.PowerApps.MSBuild.Solution");
        Assert.Null(reference.Attribute("Version"));
        var central = XDocument.Load(Path.Combine(Repo, "Directory.Packages.props"));
        Assert.Contains(central.Descendants("PackageVersion"), p => (string?)p.Attribute("Include") == "Microsoft.PowerApps.MSBuild.Solution");
    }

    [Fact]
    public void The_solution_project_is_not_part_of_the_default_build()
    {
        Assert.DoesNotContain("cdsproj", File.ReadAllText(Path.Combine(Repo, "AlumniCrm.sln")));
    }
}
