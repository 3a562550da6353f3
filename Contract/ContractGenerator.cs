using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AlumniCrm.Contract;

/// <summary>
/// Generates <c>AlumniCrm.Contract.Tables</c>, <c>OptionSets</c> and <c>Relationships</c> (internal,
/// in each consuming assembly) from the solution source given as additional files. Identifiers are
/// the logical names themselves (lower case, as the solution's schema names), so what code writes is
/// what Dataverse calls it; option constants are named from the option's English label.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(IsContractFile)
            .Select((file, cancellationToken) => (Path: Normalise(file.Path), Text: file.GetText(cancellationToken)?.ToString() ?? string.Empty))
            .Collect();
        context.RegisterSourceOutput(files, (output, inputs) =>
        {
            try
            {
                output.AddSource("AlumniCrmContract.g.cs", SourceText.From(Generate(inputs), Encoding.UTF8));
            }
            catch (Exception exception) when (exception is System.Xml.XmlException or InvalidDataException)
            {
                output.ReportDiagnostic(Diagnostic.Create(Unreadable, Location.None, exception.Message));
            }
        });
    }

    private static readonly DiagnosticDescriptor Unreadable = new(
        "ALM0001", "Solution source unreadable", "The schema contract cannot be generated: {0}", "AlumniCrm.Contract", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static string Normalise(string path) => path.Replace('\\', '/');

    private static bool IsContractFile(AdditionalText file)
    {
        var path = Normalise(file.Path);
        return path.EndsWith("/Entity.xml", StringComparison.Ordinal) && path.Contains("/Solution/Entities/")
            || path.Contains("/Solution/OptionSets/") && path.EndsWith(".xml", StringComparison.Ordinal)
            || path.Contains("/Solution/Other/Relationships/") && path.EndsWith(".xml", StringComparison.Ordinal)
            || path.EndsWith("/Contract/platform-columns.txt", StringComparison.Ordinal);
    }

    internal static string Generate(ImmutableArray<(string Path, string Text)> inputs)
    {
        var tables = new SortedDictionary<string, TableModel>(StringComparer.Ordinal);
        foreach (var (path, text) in inputs.Where(i => i.Path.EndsWith("/Entity.xml", StringComparison.Ordinal)))
        {
            var table = TableModel.Read(XDocument.Parse(text).Root!, path);
            tables[table.LogicalName] = table;
        }

        foreach (var (_, text) in inputs.Where(i => i.Path.EndsWith("/platform-columns.txt", StringComparison.Ordinal)))
        {
            foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)))
            {
                var colon = line.IndexOf(':');
                if (colon < 0) throw new InvalidDataException("platform-columns.txt: '" + line + "' is not '<table>: <columns>'.");
                var name = line.Substring(0, colon).Trim();
                if (!tables.TryGetValue(name, out var table)) tables[name] = table = new TableModel(name, name + "s");
                foreach (var column in line.Substring(colon + 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    if (!table.Columns.ContainsKey(column)) table.Columns[column] = null;
            }
        }

        var optionSets = new SortedDictionary<string, List<(string Label, int Value)>>(StringComparer.Ordinal);
        foreach (var (_, text) in inputs.Where(i => i.Path.Contains("/Solution/OptionSets/")))
        {
            var root = XDocument.Parse(text).Root!;
            var name = (string?)root.Attribute("Name") ?? throw new InvalidDataException("an option set without Name");
            optionSets[name] = root.Element("options")!.Elements("option").Select(o => (
                Label: o.Element("labels")?.Elements("label").FirstOrDefault(l => (string?)l.Attribute("languagecode") == "1033")?.Attribute("description")?.Value ?? "",
                Value: int.Parse((string)o.Attribute("value")!, CultureInfo.InvariantCulture))).ToList();
        }

        var relationships = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in inputs.Where(i => i.Path.Contains("/Solution/Other/Relationships/")))
            foreach (var relationship in XDocument.Parse(text).Root!.Elements("EntityRelationship"))
                relationships.Add((string)relationship.Attribute("Name")!);

        var code = new StringBuilder();
        code.AppendLine("// <auto-generated> from Solution/ by AlumniCrm.Contract (Contract/ContractGenerator.cs); do not edit. </auto-generated>");
        code.AppendLine("#nullable enable");
        code.AppendLine("#pragma warning disable CS8981 // type names are the tables' logical names (contact, list), lower case on purpose");
        code.AppendLine("namespace AlumniCrm.Contract");
        code.AppendLine("{");
        code.AppendLine("    /// <summary>Tables of the solution (and the platform columns the product uses): logical names, entity sets, columns, keys, text lengths.</summary>");
        code.AppendLine("    internal static partial class Tables");
        code.AppendLine("    {");
        foreach (var table in tables.Values)
        {
            code.AppendLine($"        internal static class {table.LogicalName}");
            code.AppendLine("        {");
            code.AppendLine($"            public const string LogicalName = \"{table.LogicalName}\";");
            code.AppendLine($"            public const string EntitySetName = \"{table.EntitySetName}\";");
            code.AppendLine($"            public const string PrimaryIdColumn = \"{table.LogicalName}id\";");
            code.AppendLine("            internal static class Columns");
            code.AppendLine("            {");
            foreach (var column in table.Columns.Keys) code.AppendLine($"                public const string {column} = \"{column}\";");
            code.AppendLine("            }");
            code.AppendLine("            internal static class Keys");
            code.AppendLine("            {");
            foreach (var key in table.Keys) code.AppendLine($"                public const string {key} = \"{key}\";");
            code.AppendLine("            }");
            code.AppendLine("            internal static class MaxLength");
            code.AppendLine("            {");
            foreach (var column in table.Columns.Where(c => c.Value is not null)) code.AppendLine($"                public const int {column.Key} = {column.Value!.Value.ToString(CultureInfo.InvariantCulture)};");
            code.AppendLine("            }");
            code.AppendLine("        }");
        }

        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine("    /// <summary>Global choices of the solution: each option's value, named from its English label.</summary>");
        code.AppendLine("    internal static partial class OptionSets");
        code.AppendLine("    {");
        foreach (var pair in optionSets)
        {
            var name = pair.Key;
            var options = pair.Value;
            code.AppendLine($"        internal static class {name}");
            code.AppendLine("        {");
            code.AppendLine($"            public const string Name = \"{name}\";");
            var used = new HashSet<string>(StringComparer.Ordinal) { "Name" };
            foreach (var (label, value) in options)
            {
                var identifier = Identifier(label);
                while (!used.Add(identifier)) identifier += "_" + value.ToString(CultureInfo.InvariantCulture);
                code.AppendLine($"            /// <summary>{System.Security.SecurityElement.Escape(label)}</summary>");
                code.AppendLine($"            public const int {identifier} = {value.ToString(CultureInfo.InvariantCulture)};");
            }

            code.AppendLine("        }");
        }

        code.AppendLine("    }");
        code.AppendLine();
        code.AppendLine("    /// <summary>Relationship schema names of the solution (1:N, N:N and the platform's of its tables).</summary>");
        code.AppendLine("    internal static partial class Relationships");
        code.AppendLine("    {");
        foreach (var relationship in relationships) code.AppendLine($"        public const string {relationship} = \"{relationship}\";");
        code.AppendLine("    }");
        code.AppendLine("}");
        return code.ToString();
    }

    /// <summary>"Integrated/professional" → IntegratedProfessional; a leading digit gets an underscore.</summary>
    internal static string Identifier(string label)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var character in label)
        {
            if (char.IsLetterOrDigit(character) && character < 128)
            {
                builder.Append(upper ? char.ToUpperInvariant(character) : character);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0 || char.IsDigit(builder[0])) builder.Insert(0, '_');
        return builder.ToString();
    }

    private sealed class TableModel(string logicalName, string entitySetName)
    {
        public string LogicalName { get; } = logicalName;
        public string EntitySetName { get; } = entitySetName;

        /// <summary>Column → max length for text columns, null otherwise; in file order.</summary>
        public Dictionary<string, int?> Columns { get; } = new(StringComparer.Ordinal);
        public List<string> Keys { get; } = new();

        public static TableModel Read(XElement root, string path)
        {
            var entity = root.Element("EntityInfo")?.Element("entity") ?? throw new InvalidDataException(path + ": no EntityInfo/entity");
            var logical = ((string?)entity.Attribute("Name") ?? throw new InvalidDataException(path + ": entity without Name")).ToLowerInvariant();
            var setName = (string?)entity.Element("EntitySetName") ?? logical + "s";
            var table = new TableModel(logical, setName);
            foreach (var attribute in entity.Element("attributes")?.Elements("attribute") ?? Enumerable.Empty<XElement>())
            {
                var name = (string?)attribute.Element("LogicalName");
                if (name is null) continue;
                var type = (string?)attribute.Element("Type");
                int? length = type is "nvarchar" or "ntext" && int.TryParse((string?)attribute.Element("MaxLength"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var max) ? max : null;
                table.Columns[name] = length;
            }

            foreach (var key in entity.Element("EntityKeys")?.Elements("EntityKey") ?? Enumerable.Empty<XElement>())
                table.Keys.Add((string?)key.Element("LogicalName") ?? (string)key.Element("Name")!);
            return table;
        }
    }
}
