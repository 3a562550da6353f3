using System.Xml.Linq;

namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Reads <c>customapis/&lt;uniquename&gt;/customapi.xml</c> and its parameter and property folders.</summary>
internal static class CustomApiReader
{
    public static IReadOnlyList<CustomApiEntry> Read(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "customapis");
        if (!Directory.Exists(folder)) return Array.Empty<CustomApiEntry>();
        var entries = new List<CustomApiEntry>();
        foreach (var apiFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(apiFolder, "customapi.xml");
            if (!File.Exists(file)) continue;
            var root = Xml.Load(file);
            var uniqueName = root.Attribute("uniquename")?.Value ?? throw new InvalidDataException($"{file}: customapi has no uniquename.");
            var pluginType = root.Element("plugintypeid");
            var pluginTypeId = Xml.Guid(pluginType?.Element("plugintypeexportkey")?.Value)
                               ?? Xml.Guid(pluginType?.Element("plugintypeid")?.Value)
                               ?? Xml.Guid(pluginType is { HasElements: false } ? pluginType.Value : null);
            entries.Add(new CustomApiEntry(
                uniqueName,
                pluginTypeId,
                Xml.Int(root, "bindingtype", 0),
                Xml.Text(root, "boundentitylogicalname"),
                Parameters(apiFolder, "customapirequestparameters", "customapirequestparameter.xml"),
                Parameters(apiFolder, "customapiresponseproperties", "customapiresponseproperty.xml"),
                file));
        }
        return entries;
    }

    private static IReadOnlyList<CustomApiParameter> Parameters(string apiFolder, string folderName, string fileName)
    {
        var folder = Path.Combine(apiFolder, folderName);
        if (!Directory.Exists(folder)) return Array.Empty<CustomApiParameter>();
        return Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)
            .Where(dir => File.Exists(Path.Combine(dir, fileName)))
            .Select(dir => (Folder: Path.GetFileName(dir), Root: Xml.Load(Path.Combine(dir, fileName))))
            .Select(p => new CustomApiParameter(
                p.Root.Attribute("uniquename")?.Value ?? p.Folder,
                Xml.Int(p.Root, "type", 10),
                Xml.Int(p.Root, "isoptional", 0) == 1))
            .ToList();
    }
}
