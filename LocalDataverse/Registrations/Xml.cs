using System.Xml.Linq;

namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Small helpers for the solution's XML (no namespaces, 0/1 booleans, braced GUIDs).</summary>
internal static class Xml
{
    public static string? Text(XElement parent, string name)
    {
        var value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static int Int(XElement parent, string name, int fallback) =>
        int.TryParse(Text(parent, name), out var value) ? value : fallback;

    public static Guid? Guid(string? text) =>
        System.Guid.TryParse(text?.Trim().Trim('{', '}'), out var id) ? id : null;

    public static IReadOnlyList<string> List(string? commaSeparated) =>
        string.IsNullOrWhiteSpace(commaSeparated)
            ? Array.Empty<string>()
            : commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static XElement Load(string path)
    {
        try
        {
            return XDocument.Load(path).Root ?? throw new InvalidDataException($"{path} has no root element.");
        }
        catch (System.Xml.XmlException e)
        {
            throw new InvalidDataException($"{path} is not valid XML: {e.Message}", e);
        }
    }
}
