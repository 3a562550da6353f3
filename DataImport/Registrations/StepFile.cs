using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AlumniCrm.DataImport.Registrations;

/// <summary>A step file of the solution source: its name, the message it names (from "…: Message of table") and its SdkMessageId.</summary>
public sealed partial record StepFile(string FileName, string StepName, string? MessageName, Guid SdkMessageId)
{
    public static IReadOnlyList<StepFile> ReadAll(string solutionFolder)
    {
        var folder = Path.Combine(solutionFolder, "SdkMessageProcessingSteps");
        if (!Directory.Exists(folder)) return [];
        var steps = new List<StepFile>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            var root = XDocument.Load(file).Root!;
            var name = root.Attribute("Name")?.Value ?? string.Empty;
            var id = Guid.TryParse(root.Element("SdkMessageId")?.Value, out var parsed) ? parsed : Guid.Empty;
            var message = MessageOf().Match(name) is { Success: true } match ? match.Groups[1].Value : null;
            steps.Add(new StepFile(Path.GetFileName(file), name, message, id));
        }

        return steps;
    }

    [GeneratedRegex(@":\s*(\w+) of ")]
    private static partial Regex MessageOf();
}
