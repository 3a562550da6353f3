using System.Reflection;
using System.Xml.Linq;

namespace AlumniCrm.DataImport.Deployment;

/// <summary>
/// A plug-in step registered at deployment by message name (Deployment/SdkMessageProcessingSteps/*.xml,
/// the step file shape of an unpacked solution with <c>SdkMessageName</c> instead of <c>SdkMessageId</c>):
/// Microsoft publishes no id for its message, so its id is looked up in the target environment.
/// The files are embedded in the tool, so an installed <c>alumnicrm-import</c> carries them.
/// </summary>
public sealed record DeployTimeStep(
    Guid Id,
    string Name,
    string? Description,
    string MessageName,
    string? PrimaryEntity,
    string PluginTypeName,
    int Stage,
    int Mode,
    int Rank,
    string? FilteringAttributes,
    string? Configuration,
    bool AsyncAutoDelete,
    IReadOnlyList<DeployTimeStepImage> Images,
    string Source)
{
    private const string ResourcePrefix = "DeployTimeSteps/";

    /// <summary>The steps embedded in the tool (built from Deployment/SdkMessageProcessingSteps).</summary>
    public static IReadOnlyList<DeployTimeStep> Embedded()
    {
        var assembly = typeof(DeployTimeStep).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                return Parse(XDocument.Load(stream).Root!, name[ResourcePrefix.Length..]);
            }).ToList();
    }

    /// <summary>The step files of a folder (to deploy steps other than the embedded ones).</summary>
    public static IReadOnlyList<DeployTimeStep> FromFolder(string folder) =>
        Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(f => Parse(XDocument.Load(f).Root!, Path.GetFileName(f))).ToList();

    public static DeployTimeStep Parse(XElement root, string source)
    {
        string Required(string element) => root.Element(element)?.Value.Trim() is { Length: > 0 } value
            ? value : throw new InvalidDataException($"{source}: the step has no {element}.");
        string? Optional(string element) => root.Element(element)?.Value.Trim() is { Length: > 0 } value ? value : null;
        if (root.Element("SdkMessageId") is not null) throw new InvalidDataException($"{source}: a deploy-time step names its message (SdkMessageName), never an id.");
        var images = root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage").Select(image => new DeployTimeStepImage(
            Guid.Parse(image.Element("SdkMessageProcessingStepImageId")?.Value ?? throw new InvalidDataException($"{source}: an image has no SdkMessageProcessingStepImageId.")),
            image.Element("EntityAlias")?.Value ?? throw new InvalidDataException($"{source}: an image has no EntityAlias."),
            int.Parse(image.Element("ImageType")?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            image.Element("Attributes")?.Value,
            image.Element("MessagePropertyName")?.Value ?? "Target")).ToList() ?? [];
        return new DeployTimeStep(
            Guid.Parse((string?)root.Attribute("SdkMessageProcessingStepId") ?? throw new InvalidDataException($"{source}: no SdkMessageProcessingStepId.")),
            (string?)root.Attribute("Name") ?? source,
            Optional("Description"),
            Required("SdkMessageName"),
            Optional("PrimaryEntity") is { } entity && !entity.Equals("none", StringComparison.OrdinalIgnoreCase) ? entity : null,
            Required("PluginTypeName").Split(',')[0].Trim(),
            int.Parse(Required("Stage"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Optional("Mode") ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Optional("Rank") ?? "1", System.Globalization.CultureInfo.InvariantCulture),
            Optional("FilteringAttributes"),
            Optional("Configuration"),
            Optional("AsyncAutoDelete") == "1",
            images,
            source);
    }
}

/// <summary>An entity image of a deploy-time step.</summary>
public sealed record DeployTimeStepImage(Guid Id, string Alias, int ImageType, string? Attributes, string MessagePropertyName);
