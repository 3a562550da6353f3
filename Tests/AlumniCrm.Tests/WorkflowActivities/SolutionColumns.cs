using System.Xml.Linq;
using AlumniCrm.Tests.Infrastructure;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>The tables, choice columns and choice values of the solution source, for checking what activity arguments target.</summary>
public sealed class SolutionColumns
{
    private static readonly Lazy<SolutionColumns> Shared = new(() => new SolutionColumns());

    private readonly Dictionary<string, Dictionary<string, (string Type, string? OptionSet)>> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<int, string>> _choices = new(StringComparer.Ordinal);

    public static SolutionColumns Current => Shared.Value;

    private SolutionColumns()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionFolder, "Entities"), "Entity.xml", SearchOption.AllDirectories))
        {
            var root = XDocument.Load(file).Root!;
            var table = ((string)root.Element("Name")!).Trim();
            _columns[table] = root.Descendants("attribute").ToDictionary(
                a => (string)a.Element("LogicalName")!,
                a => ((string)a.Element("Type")!, (string?)a.Element("OptionSetName")), StringComparer.Ordinal);
        }
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.SolutionFolder, "OptionSets"), "*.xml"))
        {
            var root = XDocument.Load(file).Root!;
            _choices[(string)root.Attribute("Name")!] = root.Element("options")!.Elements("option").ToDictionary(
                o => (int)o.Attribute("value")!,
                o => (string)o.Descendants("label").Single(l => (string?)l.Attribute("languagecode") == "1033").Attribute("description")!);
        }
    }

    public bool HasTable(string table) => _columns.ContainsKey(table);

    /// <summary>The global choice behind a choice column, or null when the column is not a choice of the solution.</summary>
    public string? ChoiceOf(string table, string column) =>
        _columns.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var c) && c.Type == "picklist" ? c.OptionSet : null;

    /// <summary>The English label of a value of a global choice, or null when the choice has no such value.</summary>
    public string? Label(string choice, int value) =>
        _choices.TryGetValue(choice, out var options) && options.TryGetValue(value, out var label) ? label : null;
}
