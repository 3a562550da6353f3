using System.Xml.Linq;

namespace AlumniCrm.WebApiEmulator.Metadata;

/// <summary>
/// Column types per table, read from the solution's <c>Entity.xml</c> files, plus the standard
/// contact columns and the system tables the emulator serves. Unknown columns are text.
/// </summary>
public sealed class ColumnCatalog
{
    private readonly Dictionary<string, Dictionary<string, ColumnKind>> tables = new(StringComparer.OrdinalIgnoreCase);

    public static ColumnCatalog FromSolution(string solutionFolder)
    {
        var catalog = new ColumnCatalog();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(solutionFolder, "Entities"), "Entity.xml", SearchOption.AllDirectories))
        {
            var document = XDocument.Load(file);
            var table = document.Root?.Element("Name")?.Value.ToLowerInvariant();
            if (table is null) continue;
            foreach (var attribute in document.Descendants("attribute"))
            {
                var name = attribute.Element("LogicalName")?.Value;
                var type = attribute.Element("Type")?.Value;
                if (name is null || type is null) continue;
                catalog.Set(table, name, KindOfType(type, attribute.Element("Format")?.Value));
            }
        }

        foreach (var text in new[] { "firstname", "lastname", "fullname", "emailaddress1", "mobilephone" }) catalog.Set("contact", text, ColumnKind.Text);
        catalog.Set("contact", "birthdate", ColumnKind.DateOnly);
        catalog.Set("contact", "gendercode", ColumnKind.Choice);
        foreach (var flag in new[] { "donotbulkemail", "donotemail", "donotphone", "donotpostalmail", "donotsendmm" }) catalog.Set("contact", flag, ColumnKind.Boolean);
        catalog.Set("sdkmessagefilter", "sdkmessageid", ColumnKind.Lookup);
        catalog.Set("sdkmessagefilter", "isvisible", ColumnKind.Boolean);
        return catalog;
    }

    public ColumnKind KindOf(string table, string column) =>
        column == table + "id" ? ColumnKind.Identifier
        : tables.TryGetValue(table, out var columns) && columns.TryGetValue(column, out var kind) ? kind
        : ColumnKind.Text;

    public bool HasTable(string table) => tables.ContainsKey(table);

    /// <summary>Every table the catalogue knows.</summary>
    public IEnumerable<string> Tables => tables.Keys;

    public void Set(string table, string column, ColumnKind kind)
    {
        if (!tables.TryGetValue(table, out var columns)) tables[table] = columns = new Dictionary<string, ColumnKind>(StringComparer.OrdinalIgnoreCase);
        columns[column] = kind;
    }

    private static ColumnKind KindOfType(string type, string? format) => type switch
    {
        "nvarchar" or "ntext" => ColumnKind.Text,
        "int" => ColumnKind.Integer,
        "bigint" => ColumnKind.BigInteger,
        "decimal" => ColumnKind.Decimal,
        "money" => ColumnKind.Money,
        "bit" => ColumnKind.Boolean,
        "picklist" or "state" or "status" => ColumnKind.Choice,
        "multiselectpicklist" => ColumnKind.Choices,
        "datetime" => format == "date" ? ColumnKind.DateOnly : ColumnKind.DateTime,
        "lookup" or "owner" or "customer" => ColumnKind.Lookup,
        "primarykey" => ColumnKind.Identifier,
        _ => ColumnKind.Text,
    };
}
