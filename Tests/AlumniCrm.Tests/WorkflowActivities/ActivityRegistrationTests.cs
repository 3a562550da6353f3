using System.Text.RegularExpressions;
using AlumniCrm.Tests.Infrastructure;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>The built activities and their registration in <c>Solution/</c> agree, in one group users recognise.</summary>
public class ActivityRegistrationTests
{
    private const string GroupName = "Alumni";
    private static readonly BuiltWorkflowAssembly Built = BuiltWorkflowAssembly.Current;
    private static readonly WorkflowRegistration Registration = WorkflowRegistration.Read();

    [Fact]
    public void Every_activity_in_the_built_assembly_is_registered_once_in_the_alumni_group()
    {
        Assert.NotEmpty(Built.Activities);
        foreach (var activity in Built.Activities)
        {
            var registered = Assert.Single(Registration.Activities, r => r.TypeName == activity.FullName);
            Assert.Equal(GroupName, registered.GroupName);
        }
    }

    [Fact]
    public void Every_registration_names_a_real_activity_of_the_built_assembly()
    {
        foreach (var registered in Registration.Activities)
        {
            var type = Built.Assembly.GetType(registered.TypeName);
            Assert.True(type is not null, registered.TypeName + " is registered but not in the built assembly");
            Assert.True(type!.IsPublic && !type.IsAbstract && BuiltWorkflowAssembly.DerivesFrom(type, BuiltWorkflowAssembly.CodeActivity),
                registered.TypeName + " is registered but is not a runnable CodeActivity");
            Assert.Equal(Built.Assembly.GetName().FullName, registered.AssemblyPart);
            // The in-memory Dataverse and the solution tests bind plugin types by @Name.
            Assert.Equal(registered.TypeName, registered.Name);
            Assert.NotNull(registered.GroupName);
        }
    }

    [Fact]
    public void Every_activity_has_a_plain_friendly_name_and_a_description_with_its_norwegian_name()
    {
        foreach (var registered in Registration.Activities)
        {
            // "Check contactability", not "CheckContactability" or a generated guid.
            Assert.Matches(new Regex("^[A-Z][a-z]+( [a-z]+)+$"), registered.FriendlyName);
            Assert.False(string.IsNullOrWhiteSpace(registered.Description), registered.TypeName + " has no description");
            Assert.Contains("Norsk: ", registered.Description);
        }
        var friendlyNames = Registration.Activities.Select(r => r.FriendlyName).ToList();
        Assert.Equal(friendlyNames.Count, friendlyNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_registration_carries_the_built_strong_name_and_its_own_folder()
    {
        var built = Built.Assembly.GetName();
        Assert.Equal(built.FullName, Registration.FullName);
        Assert.Equal("0adf95f695fcdbff", Convert.ToHexString(built.GetPublicKeyToken()!).ToLowerInvariant());
        var id = Guid.Parse(Registration.Id);
        Assert.Equal(id.ToString("D"), Registration.Id);   // lower case, no braces
        Assert.Equal(BuiltWorkflowAssembly.AssemblyName + "-" + id.ToString("D").ToUpperInvariant(), Registration.FolderName);
        Assert.Equal("/PluginAssemblies/" + Registration.FolderName + "/" + BuiltWorkflowAssembly.AssemblyName + ".dll", Registration.FileName);
        Assert.Equal(2, Registration.IsolationMode);   // sandbox
    }

    [Fact]
    public void The_solution_manifest_lists_the_workflow_assembly_as_a_root_component()
    {
        var manifest = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.SolutionFolder, "Other", "Solution.xml"));
        var component = Assert.Single(manifest.Descendants("RootComponent"),
            c => (string?)c.Attribute("type") == "91" && (string?)c.Attribute("schemaName") == Registration.FullName);
        Assert.Equal("{" + Registration.Id + "}", (string?)component.Attribute("id"));
    }

    [Fact]
    public void Plugin_type_ids_are_unique_across_every_assembly_of_the_solution()
    {
        var ids = WorkflowRegistration.AllPluginTypeIds();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
