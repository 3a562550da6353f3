using System.Xml.Linq;
using AlumniCrm.LocalDataverse.Registrations;

namespace AlumniCrm.Tests.Privacy;

/// <summary>
/// What the solution source says can hold a person's data: the tables with a lookup to contact
/// (Other/Relationships) and the custom columns of each table (Entities/*/Entity.xml) — read from the
/// XML, so a column added to the solution is seen here whether or not anyone updated the catalogue.
/// </summary>
public static class SolutionPersonalColumns
{
    private static readonly string Root = SolutionLocator.Find();

    /// <summary>(referencing table, lookup column) of every relationship whose referenced table is contact.</summary>
    public static IReadOnlyList<(string Table, string Column)> LookupsToContact() =>
        Directory.EnumerateFiles(Path.Combine(Root, "Other", "Relationships"), "*.xml")
            .SelectMany(file => XDocument.Load(file).Descendants("EntityRelationship"))
            .Where(r => string.Equals((string?)r.Element("ReferencedEntityName"), "contact", StringComparison.OrdinalIgnoreCase))
            .Select(r => (((string)r.Element("ReferencingEntityName")!).ToLowerInvariant(), ((string)r.Element("ReferencingAttributeName")!).ToLowerInvariant()))
            .ToList();

    /// <summary>The alm_ columns a table defines (its primary key and the platform's money base columns excluded).</summary>
    public static IReadOnlyList<string> CustomColumns(string table) =>
        Attributes(table)
            .Select(a => ((string?)a.Element("LogicalName") ?? (string)a.Attribute("PhysicalName")!).ToLowerInvariant())
            .Where(c => c.StartsWith("alm_", StringComparison.Ordinal) && c != table + "id" && !c.EndsWith("_base", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    /// <summary>
    /// Whether the lookup is required: the row cannot exist without its person, so it is a record about
    /// the person (a qualification, a consent) rather than a row that merely mentions them (a network's contact person).
    /// </summary>
    public static bool IsRequired(string table, string column) =>
        Attributes(table).Where(a => string.Equals((string?)a.Attribute("PhysicalName"), column, StringComparison.OrdinalIgnoreCase))
            .Any(a => (string?)a.Element("RequiredLevel") is "required" or "systemrequired" or "applicationrequired");

    private static IEnumerable<XElement> Attributes(string table)
    {
        var folder = Directory.EnumerateDirectories(Path.Combine(Root, "Entities"))
            .Single(d => string.Equals(Path.GetFileName(d), table, StringComparison.OrdinalIgnoreCase));
        return XDocument.Load(Path.Combine(folder, "Entity.xml")).Descendants("attribute");
    }
}
