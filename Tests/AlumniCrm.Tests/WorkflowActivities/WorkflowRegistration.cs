using System.Xml.Linq;
using AlumniCrm.Tests.Infrastructure;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>A <c>PluginType</c> of the workflow assembly's registration.</summary>
public sealed record RegisteredActivity(string Id, string Name, string TypeName, string AssemblyPart, string FriendlyName,
    string? GroupName, string? Description);

/// <summary>
/// The registration of the workflow activity assembly in the solution source:
/// <c>Solution/PluginAssemblies/AlumniCrmWorkflowActivities-&lt;ID&gt;/AlumniCrmWorkflowActivities.dll.data.xml</c>.
/// </summary>
public sealed class WorkflowRegistration
{
    private WorkflowRegistration(string folder, XElement root)
    {
        FolderName = Path.GetFileName(folder);
        FullName = (string)root.Attribute("FullName")!;
        Id = (string)root.Attribute("PluginAssemblyId")!;
        FileName = (string?)root.Element("FileName") ?? "";
        IsolationMode = (int?)root.Element("IsolationMode");
        Activities = root.Element("PluginTypes")!.Elements("PluginType").Select(t =>
        {
            var qualified = ((string)t.Attribute("AssemblyQualifiedName")!).Split(',', 2);
            return new RegisteredActivity((string)t.Attribute("PluginTypeId")!, (string?)t.Attribute("Name") ?? "", qualified[0].Trim(),
                qualified.Length > 1 ? qualified[1].Trim() : "", (string?)t.Element("FriendlyName") ?? "",
                (string?)t.Element("WorkflowActivityGroupName"), (string?)t.Element("Description"));
        }).ToList();
    }

    public string FolderName { get; }
    public string FullName { get; }
    public string Id { get; }
    public string FileName { get; }
    public int? IsolationMode { get; }
    public IReadOnlyList<RegisteredActivity> Activities { get; }

    public static WorkflowRegistration Read()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionFolder, "PluginAssemblies"),
            BuiltWorkflowAssembly.AssemblyName + ".dll.data.xml", SearchOption.AllDirectories);
        var file = Assert.Single(files);
        return new WorkflowRegistration(Path.GetDirectoryName(file)!, XDocument.Load(file).Root!);
    }

    /// <summary>Every plugin type id of every assembly in the solution (plugins and activities).</summary>
    public static IReadOnlyList<string> AllPluginTypeIds() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionFolder, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Load(f).Root!.Element("PluginTypes")?.Elements("PluginType") ?? [])
            .Select(t => Guid.Parse((string)t.Attribute("PluginTypeId")!).ToString("D")).ToList();
}
