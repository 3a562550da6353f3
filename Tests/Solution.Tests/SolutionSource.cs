using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// Read-only view of the unpacked solution source (<c>Solution/</c>) for tests: tables with their
/// columns and alternate keys, relationships, global choices, forms, views, charts, dashboards,
/// roles, field security profiles, the app and its sitemap. Every file is parsed once.
/// Reusable by other test projects (plugin step and custom API checks) — add readers here rather
/// than parsing XML in a test.
/// </summary>
public sealed class SolutionSource
{
    public const int English = 1033, Norwegian = 1044;

    static readonly Lazy<SolutionSource> Shared = new(() => new SolutionSource(FindRepositoryRoot()));

    /// <summary>The solution source of this repository, loaded once per test run.</summary>
    public static SolutionSource Current => Shared.Value;

    public string RepositoryRoot { get; }
    public string Root { get; }
    public IReadOnlyDictionary<string, XDocument> Documents { get; }
    public IReadOnlyList<(string Path, string Error)> ParseErrors { get; }
    public IReadOnlyDictionary<string, TableSource> Tables { get; }
    public IReadOnlyList<RelationshipSource> Relationships { get; }
    public IReadOnlyDictionary<string, OptionSetSource> OptionSets { get; }
    public IReadOnlyList<FormSource> Forms { get; }
    public IReadOnlyList<ViewSource> Views { get; }
    public IReadOnlyList<ChartSource> Charts { get; }
    public IReadOnlyList<RoleSource> Roles { get; }
    public IReadOnlyList<FieldSecurityProfileSource> FieldSecurityProfiles { get; }

    public SolutionSource(string repositoryRoot)
    {
        RepositoryRoot = repositoryRoot;
        Root = Path.Combine(repositoryRoot, "Solution");
        var docs = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var errors = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.xml", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Relative(file);
            try { docs[relative] = XDocument.Load(file, LoadOptions.SetLineInfo); }
            catch (System.Xml.XmlException e) { errors.Add((relative, e.Message)); }
        }
        Documents = docs;
        ParseErrors = errors;
        // The `_managed` twins (source extracted with package type Both) are read separately: the
        // components are the unmanaged files; LayoutTests checks each twin.
        var components = docs.Where(d => !IsManagedTwin(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

        Tables = components.Where(d => IsUnder(d.Key, "Entities") && d.Key.EndsWith("/Entity.xml", StringComparison.Ordinal))
            .Select(d => TableSource.Read(d.Key, d.Value)).ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
        Relationships = components.Where(d => IsUnder(d.Key, "Other/Relationships"))
            .SelectMany(d => d.Value.Root!.Elements("EntityRelationship").Select(e => RelationshipSource.Read(d.Key, e))).ToList();
        OptionSets = components.Where(d => IsUnder(d.Key, "OptionSets"))
            .Select(d => OptionSetSource.Read(d.Key, d.Value.Root!)).ToDictionary(o => o.Name, StringComparer.Ordinal);
        Forms = components.Where(d => d.Value.Root?.Name == "forms")
            .SelectMany(d => d.Value.Root!.Elements("systemform").Select(f => FormSource.Read(d.Key, f)))
            .Concat(components.Where(d => d.Value.Root?.Name == "Dashboard").Select(d => FormSource.ReadDashboard(d.Key, d.Value.Root!))).ToList();
        Views = components.Where(d => d.Value.Root?.Name == "savedqueries")
            .SelectMany(d => d.Value.Root!.Elements("savedquery").Select(q => ViewSource.Read(d.Key, q))).ToList();
        Charts = components.Where(d => d.Value.Root?.Name == "visualization").Select(d => ChartSource.Read(d.Key, d.Value.Root!)).ToList();
        Roles = components.Where(d => IsUnder(d.Key, "Roles")).Select(d => RoleSource.Read(d.Key, d.Value.Root!)).ToList();
        FieldSecurityProfiles = docs.TryGetValue("Other/FieldSecurityProfiles.xml", out var profiles)
            ? profiles.Root!.Elements("FieldSecurityProfile").Select(FieldSecurityProfileSource.Read).ToList()
            : [];
    }

    public XDocument Manifest => Documents["Other/Solution.xml"];
    public XDocument Customizations => Documents["Other/Customizations.xml"];
    public XElement AppModule => Documents["AppModules/alm_AlumniRelations/AppModule.xml"].Root!;
    public XElement AppSiteMap => Documents["AppModuleSiteMaps/alm_AlumniRelations/AppModuleSiteMap.xml"].Root!;
    public IEnumerable<FormSource> Dashboards => Forms.Where(f => f.Type == "dashboard");

    /// <summary>Documents under a folder of the solution root, e.g. <c>SdkMessageProcessingSteps</c>.</summary>
    public IEnumerable<KeyValuePair<string, XDocument>> Under(string folder) => Documents.Where(d => IsUnder(d.Key, folder));

    /// <summary>The table by logical name, or null for tables the solution does not define (systemuser, team, …).</summary>
    public TableSource? Table(string logicalName) => Tables.GetValueOrDefault(logicalName.ToLowerInvariant());

    /// <summary>True when <paramref name="column"/> exists on <paramref name="table"/>: defined in Entity.xml, or a
    /// documented standard column of an extended system table (<see cref="SystemTableColumns"/>).</summary>
    public bool HasColumn(string table, string column)
    {
        var t = Table(table);
        if (t is not null && t.Columns.ContainsKey(column)) return true;
        return SystemTableColumns.TryGetValue(table, out var standard) && standard.Contains(column);
    }

    /// <summary>Standard columns of the system tables this solution extends and uses: Contract/platform-columns.txt, also read by the schema contract.</summary>
    public static readonly IReadOnlyDictionary<string, HashSet<string>> SystemTableColumns = File.ReadAllLines(Path.Combine(FindRepositoryRoot(), "Contract", "platform-columns.txt"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(':', 2))
        .ToDictionary(p => p[0].Trim(), p => p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Tables outside the solution that lookups may point at.</summary>
    public static readonly HashSet<string> PlatformTables = ["systemuser", "team", "businessunit", "transactioncurrency"];

    /// <summary>A component id in canonical form (lower case, no braces); other text lower-cased.</summary>
    public static string IdOf(string? value) => value is null ? "" : Guid.TryParse(value, out var g) ? g.ToString("D") : value.ToLowerInvariant();

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
    public static bool IsManagedTwin(string relative) => relative.EndsWith("_managed.xml", StringComparison.Ordinal);

    /// <summary>The unmanaged file a <c>_managed</c> twin belongs to.</summary>
    public static string UnmanagedOf(string twin) => twin[..^"_managed.xml".Length] + ".xml";

    static bool IsUnder(string relative, string folder) => relative.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AlumniCrm.sln")) && Directory.Exists(Path.Combine(dir.FullName, "Solution")))
                return dir.FullName;
        throw new InvalidOperationException("repository root (AlumniCrm.sln + Solution/) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The labels (languagecode → text) of a container such as displaynames or LocalizedNames.</summary>
    public static Dictionary<int, string> LabelsOf(XElement? container, string textAttribute = "description") =>
        container?.Elements().Where(e => e.Attribute("languagecode") is not null)
            .GroupBy(e => (int)e.Attribute("languagecode")!).ToDictionary(g => g.Key, g => (string?)g.First().Attribute(textAttribute) ?? "") ?? [];
}

public sealed record ColumnSource(string LogicalName, string Type, bool IsCustom, bool IsSecured, bool IsAuditEnabled, string RequiredLevel, string? OptionSetName, int? MaxLength, string? Format, int? Behavior, XElement Element);

public sealed record KeySource(string Name, IReadOnlyList<string> Columns, XElement Element);

public sealed record TableSource(string Path, string SchemaName, string LogicalName, IReadOnlyDictionary<string, ColumnSource> Columns, IReadOnlyList<KeySource> Keys, XElement Entity)
{
    public bool IsCustom => LogicalName.StartsWith("alm_", StringComparison.Ordinal);
    public string Folder => System.IO.Path.GetDirectoryName(Path)!.Replace('\\', '/');
    public string? EntitySetName => (string?)Entity.Element("EntitySetName");
    public string? PrimaryNameColumn => Columns.Values.FirstOrDefault(c => c.Element.Element("DisplayMask")?.Value.Contains("PrimaryName") == true)?.LogicalName;

    public static TableSource Read(string path, XDocument doc)
    {
        var entity = doc.Root!.Element("EntityInfo")!.Element("entity")!;
        var schema = (string)entity.Attribute("Name")!;
        var columns = entity.Element("attributes")!.Elements("attribute").Select(a => new ColumnSource(
            (string)a.Element("LogicalName")!, (string)a.Element("Type")!, (string?)a.Element("IsCustomField") == "1", (string?)a.Element("IsSecured") == "1",
            (string?)a.Element("IsAuditEnabled") == "1", (string?)a.Element("RequiredLevel") ?? "none", (string?)a.Element("OptionSetName"),
            (int?)a.Element("MaxLength"), (string?)a.Element("Format"), (int?)a.Element("Behavior"), a)).ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
        var keys = entity.Element("EntityKeys")?.Elements("EntityKey").Select(k => new KeySource((string)k.Element("LogicalName")!,
            k.Element("EntityKeyAttributes")!.Elements("AttributeName").Select(n => n.Value).ToList(), k)).ToList() ?? [];
        return new TableSource(path, schema, schema.ToLowerInvariant(), columns, keys, entity);
    }
}

public sealed record RelationshipSource(string Path, string Name, string Type, string? Referencing, string? Referenced, string? ReferencingAttribute,
    string? FirstEntity, string? SecondEntity, string? IntersectEntity, string? CascadeDelete, string? CascadeShare, string? CascadeAssign, XElement Element)
{
    public static RelationshipSource Read(string path, XElement e) => new(path, (string)e.Attribute("Name")!, (string)e.Element("EntityRelationshipType")!,
        Lower(e.Element("ReferencingEntityName")), Lower(e.Element("ReferencedEntityName")), Lower(e.Element("ReferencingAttributeName")),
        Lower(e.Element("FirstEntityName")), Lower(e.Element("SecondEntityName")), Lower(e.Element("IntersectEntityName")),
        (string?)e.Element("CascadeDelete"), (string?)e.Element("CascadeShare"), (string?)e.Element("CascadeAssign"), e);
    static string? Lower(XElement? e) => e?.Value.ToLowerInvariant();

    /// <summary>The platform's own relationships of a user-owned table (owner, owning business unit/user/team,
    /// created/modified by and on behalf of), which real exports carry and Dataverse creates with the table.</summary>
    public bool IsPlatform => Referenced is "owner" or "systemuser" or "team" or "businessunit" && Referencing is not null
        && PlatformNames(Referencing).Contains(Name);

    public static IReadOnlyList<string> PlatformNames(string table) =>
    [
        $"business_unit_{table}", $"lk_{table}_createdby", $"lk_{table}_createdonbehalfby", $"lk_{table}_modifiedby",
        $"lk_{table}_modifiedonbehalfby", $"owner_{table}", $"team_{table}", $"user_{table}",
    ];
}

public sealed record OptionSetSource(string Path, string Name, IReadOnlyDictionary<int, Dictionary<int, string>> Options, XElement Element)
{
    public static OptionSetSource Read(string path, XElement root) => new(path, (string)root.Attribute("Name")!,
        root.Element("options")!.Elements("option").ToDictionary(o => (int)o.Attribute("value")!, o => SolutionSource.LabelsOf(o.Element("labels"))), root);
}

public sealed record FormSource(string Path, string Id, string Type, string? Entity, Dictionary<int, string> Names, XElement Element)
{
    // A table form file holds <systemform><form>; a dashboard file <Dashboard><FormXml><forms><form>.
    public XElement Form => Element.Element("form") ?? Element.Element("FormXml")!.Element("forms")!.Element("form")!;
    public IEnumerable<string> DataFields => Form.Descendants("control").Select(c => (string?)c.Attribute("datafieldname")).OfType<string>();
    public IEnumerable<XElement> Subgrids => Form.Descendants("control").Where(c => string.Equals((string?)c.Attribute("classid"), "{E7A81278-8635-4d9e-8D4D-59480B391C5B}", StringComparison.OrdinalIgnoreCase));

    public static FormSource Read(string path, XElement systemform)
    {
        var parts = path.Split('/');
        // Entities/<Schema>/FormXml/<type>/{id}.xml, or Dashboards/{id}.xml (type from the forms element).
        var type = parts.Length >= 5 && parts[0] == "Entities" ? parts[3] : (string?)systemform.Parent!.Attribute("type") ?? "dashboard";
        var entity = parts[0] == "Entities" ? parts[1].ToLowerInvariant() : null;
        return new FormSource(path, SolutionSource.IdOf((string)systemform.Element("formid")!), type, entity, SolutionSource.LabelsOf(systemform.Element("LocalizedNames")), systemform);
    }

    public static FormSource ReadDashboard(string path, XElement dashboard) =>
        new(path, SolutionSource.IdOf((string)dashboard.Element("FormId")!), "dashboard", null, SolutionSource.LabelsOf(dashboard.Element("LocalizedNames")), dashboard);
}

public sealed record ViewSource(string Path, string Id, string Entity, int QueryType, bool IsDefault, bool IsQuickFind, Dictionary<int, string> Names, XElement Fetch, XElement? Grid, XElement Element)
{
    public static ViewSource Read(string path, XElement q) => new(path, SolutionSource.IdOf((string)q.Element("savedqueryid")!), path.Split('/')[1].ToLowerInvariant(),
        (int)q.Element("querytype")!, (string?)q.Element("isdefault") == "1", (string?)q.Element("isquickfindquery") == "1",
        SolutionSource.LabelsOf(q.Element("LocalizedNames")), q.Element("fetchxml")!.Element("fetch")!, q.Element("layoutxml")?.Element("grid"), q);
}

public sealed record ChartSource(string Path, string Id, string Entity, Dictionary<int, string> Names, XElement DataDefinition, XElement Element)
{
    public XElement Fetch => DataDefinition.Element("fetchcollection")!.Element("fetch")!;
    public static ChartSource Read(string path, XElement v) => new(path, SolutionSource.IdOf((string)v.Element("savedqueryvisualizationid")!),
        SolutionSource.IdOf((string)v.Element("primaryentitytypecode")!), SolutionSource.LabelsOf(v.Element("LocalizedNames")),
        v.Element("datadescription")!.Element("datadefinition")!, v);
}

public sealed record RoleSource(string Path, string Id, string Name, IReadOnlyList<(string Name, string Level)> Privileges, XElement Element)
{
    public static RoleSource Read(string path, XElement r) => new(path, SolutionSource.IdOf((string)r.Attribute("id")!), (string)r.Attribute("name")!,
        r.Element("RolePrivileges")!.Elements("RolePrivilege").Select(p => ((string)p.Attribute("name")!, (string)p.Attribute("level")!)).ToList(), r);

    public string? LevelOf(string privilege) => Privileges.FirstOrDefault(p => p.Name == privilege).Level;
}

public sealed record FieldSecurityProfileSource(string Id, string Name, IReadOnlyList<(string Table, string Column, int Read, int Create, int Update)> Permissions)
{
    public static FieldSecurityProfileSource Read(XElement p) => new(SolutionSource.IdOf((string)p.Attribute("fieldsecurityprofileid")!), (string)p.Attribute("name")!,
        p.Element("FieldPermissions")!.Elements("FieldPermission").Select(f => ((string)f.Element("EntityName")!, (string)f.Element("AttributeName")!,
            (int)f.Element("CanRead")!, (int)f.Element("CanCreate")!, (int)f.Element("CanUpdate")!)).ToList());
}
