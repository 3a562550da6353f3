using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// The plugin registrations in the solution source: plugin assemblies with their types (and workflow
/// activities), steps with images, custom APIs with parameters and response properties.
/// </summary>
public sealed class RegistrationSource
{
    public RegistrationSource(SolutionSource solution)
    {
        Assemblies = solution.Under("PluginAssemblies")
            .Where(d => d.Key.EndsWith(".dll.data.xml", StringComparison.Ordinal))
            .Select(d => PluginAssemblySource.Read(d.Key, d.Value.Root!)).ToList();
        Steps = solution.Under("SdkMessageProcessingSteps")
            .Select(d => StepSource.Read(d.Key, d.Value.Root!)).ToList();
        var deployTime = Path.Combine(solution.RepositoryRoot, "Deployment", "SdkMessageProcessingSteps");
        DeployTimeSteps = Directory.Exists(deployTime)
            ? Directory.GetFiles(deployTime, "*.xml").Order(StringComparer.Ordinal)
                .Select(f => StepSource.Read("Deployment/SdkMessageProcessingSteps/" + Path.GetFileName(f), XDocument.Load(f).Root!)).ToList()
            : [];
        CustomApis = solution.Under("customapis")
            .Where(d => d.Value.Root?.Name == "customapi")
            .Select(d => CustomApiSource.Read(solution, d.Key, d.Value.Root!)).ToList();
    }

    public IReadOnlyList<PluginAssemblySource> Assemblies { get; }
    /// <summary>Steps in the solution (Solution/SdkMessageProcessingSteps): messages whose sdkmessage id Microsoft publishes.</summary>
    public IReadOnlyList<StepSource> Steps { get; }

    /// <summary>Steps registered at deployment by message name (Deployment/SdkMessageProcessingSteps).</summary>
    public IReadOnlyList<StepSource> DeployTimeSteps { get; }

    public IEnumerable<StepSource> AllSteps => Steps.Concat(DeployTimeSteps);
    public IReadOnlyList<CustomApiSource> CustomApis { get; }

    public IEnumerable<PluginTypeSource> PluginTypes => Assemblies.SelectMany(a => a.Types);

    public PluginTypeSource? TypeById(string id) =>
        PluginTypes.FirstOrDefault(t => SolutionSource.IdOf(t.Id) == SolutionSource.IdOf(id));
}

public sealed record PluginTypeSource(string Id, string Name, string AssemblyQualifiedName, string? WorkflowActivityGroupName)
{
    public bool IsWorkflowActivity => WorkflowActivityGroupName is not null;
}

public sealed record PluginAssemblySource(string Path, string FullName, string Id, string FileName, IReadOnlyList<PluginTypeSource> Types)
{
    public string AssemblyName => FullName.Split(',')[0].Trim();

    public static PluginAssemblySource Read(string path, XElement root) => new(
        path,
        (string)root.Attribute("FullName")!,
        (string)root.Attribute("PluginAssemblyId")!,
        (string?)root.Element("FileName") ?? "",
        root.Element("PluginTypes")?.Elements("PluginType").Select(t => new PluginTypeSource(
            (string)t.Attribute("PluginTypeId")!,
            (string)t.Attribute("Name")!,
            (string)t.Attribute("AssemblyQualifiedName")!,
            (string?)t.Element("WorkflowActivityGroupName"))).ToList() ?? []);
}

public sealed record StepImageSource(string Name, IReadOnlyList<string> Attributes, string Alias, int ImageType, string MessagePropertyName);

public sealed record StepSource(string Path, string Id, string Name, string? SdkMessageId, string? SdkMessageName, string? PluginTypeName, string? PluginTypeId,
    string? PrimaryEntity, int Stage, int Mode, int Rank, IReadOnlyList<string> FilteringAttributes, IReadOnlyList<StepImageSource> Images)
{
    public static StepSource Read(string path, XElement root) => new(
        path,
        (string)root.Attribute("SdkMessageProcessingStepId")!,
        (string?)root.Attribute("Name") ?? "",
        (string?)root.Element("SdkMessageId"),
        (string?)root.Element("SdkMessageName"),
        (string?)root.Element("PluginTypeName"),
        (string?)root.Element("PluginTypeId"),
        NullIfEmpty((string?)root.Element("PrimaryEntity")),
        (int?)root.Element("Stage") ?? 0,
        (int?)root.Element("Mode") ?? 0,
        (int?)root.Element("Rank") ?? 0,
        SplitList((string?)root.Element("FilteringAttributes")),
        root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").Select(i => new StepImageSource(
            (string?)i.Attribute("Name") ?? "",
            SplitList((string?)i.Element("Attributes")),
            (string?)i.Element("EntityAlias") ?? "",
            (int?)i.Element("ImageType") ?? -1,
            (string?)i.Element("MessagePropertyName") ?? "")).ToList() ?? []);

    static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static IReadOnlyList<string> SplitList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
}

public sealed record CustomApiMemberSource(string UniqueName, int Type, string? EntityLogicalName, bool IsOptional, XElement Element);

public sealed record CustomApiSource(string Path, string UniqueName, string? PluginTypeId, string? BoundEntity, int BindingType,
    IReadOnlyList<CustomApiMemberSource> RequestParameters, IReadOnlyList<CustomApiMemberSource> ResponseProperties, XElement Element)
{
    public static CustomApiSource Read(SolutionSource solution, string path, XElement root)
    {
        var folder = path[..path.LastIndexOf('/')];
        var pluginType = root.Element("plugintypeid");
        var typeId = (string?)pluginType?.Element("plugintypeexportkey") ?? (string?)pluginType?.Element("plugintypeid");
        return new CustomApiSource(path, (string)root.Attribute("uniquename")!,
            string.IsNullOrWhiteSpace(typeId) ? null : typeId.Trim(),
            (string?)root.Element("boundentitylogicalname"), (int?)root.Element("bindingtype") ?? 0,
            Members(solution, folder + "/customapirequestparameters", "customapirequestparameter"),
            Members(solution, folder + "/customapiresponseproperties", "customapiresponseproperty"),
            root);
    }

    static List<CustomApiMemberSource> Members(SolutionSource solution, string folder, string rootName) =>
        solution.Under(folder).Where(d => d.Value.Root?.Name == rootName).Select(d => new CustomApiMemberSource(
            (string)d.Value.Root!.Attribute("uniquename")!,
            (int?)d.Value.Root.Element("type") ?? -1,
            (string?)d.Value.Root.Element("logicalentityname"),
            (int?)d.Value.Root.Element("isoptional") == 1,
            d.Value.Root)).ToList();
}
