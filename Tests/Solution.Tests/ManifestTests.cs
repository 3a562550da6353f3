using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

public class ManifestTests
{
    static readonly SolutionSource Source = SolutionSource.Current;
    static XElement Manifest => Source.Manifest.Root!.Element("SolutionManifest")!;

    [Fact]
    public void Every_xml_file_parses()
    {
        Assert.Empty(Source.ParseErrors);
        Assert.True(Source.Documents.Count > 100, $"only {Source.Documents.Count} XML files under Solution/");
    }

    [Fact]
    public void Every_xml_file_has_a_declaration_and_no_default_namespace()
    {
        foreach (var (path, doc) in Source.Documents)
        {
            Assert.True(doc.Declaration is not null, $"{path}: no XML declaration");
            Assert.True(doc.Root!.Name.Namespace == XNamespace.None, $"{path}: root has a namespace");
        }
    }

    [Fact]
    public void Publisher_is_alumnicrm_with_prefix_alm_and_option_value_prefix_84210()
    {
        var publisher = Manifest.Element("Publisher")!;
        Assert.Equal("alumnicrm", (string?)publisher.Element("UniqueName"));
        Assert.Equal("alm", (string?)publisher.Element("CustomizationPrefix"));
        Assert.Equal("84210", (string?)publisher.Element("CustomizationOptionValuePrefix"));
        Assert.Equal(2, publisher.Element("Addresses")!.Elements("Address").Count());
    }

    [Fact]
    public void Solution_is_source_for_both_package_kinds_version_1_0_0_0_with_english_and_norwegian_names()
    {
        Assert.Equal("AlumniCrm", (string?)Manifest.Element("UniqueName"));
        Assert.Equal("1.0.0.0", (string?)Manifest.Element("Version"));
        // 2: extracted with package type Both, so it packs as Unmanaged and as Managed (SolutionPackager).
        Assert.Equal("2", (string?)Manifest.Element("Managed"));
        var names = SolutionSource.LabelsOf(Manifest.Element("LocalizedNames"));
        Assert.False(string.IsNullOrWhiteSpace(names.GetValueOrDefault(SolutionSource.English)));
        Assert.False(string.IsNullOrWhiteSpace(names.GetValueOrDefault(SolutionSource.Norwegian)));
    }

    static List<XElement> RootComponents => Manifest.Element("RootComponents")!.Elements("RootComponent").ToList();

    [Fact]
    public void Every_table_is_a_root_component_custom_tables_whole_and_system_tables_partial()
    {
        foreach (var table in Source.Tables.Values)
        {
            var rc = RootComponents.SingleOrDefault(r => (string?)r.Attribute("type") == "1" && (string?)r.Attribute("schemaName") == table.LogicalName);
            Assert.True(rc is not null, $"table {table.LogicalName} is not a root component");
            Assert.Equal(table.IsCustom ? "0" : "1", (string?)rc!.Attribute("behavior"));
        }
        Assert.Equal(Source.Tables.Count, RootComponents.Count(r => (string?)r.Attribute("type") == "1"));
    }

    [Fact]
    public void Every_global_choice_role_profile_app_and_sitemap_is_a_root_component()
    {
        var byType = RootComponents.ToLookup(r => (string)r.Attribute("type")!);
        Assert.Equal(Source.OptionSets.Keys.Order(), byType["9"].Select(r => (string)r.Attribute("schemaName")!).Order());
        Assert.Equal(Source.Roles.Select(r => r.Id).Order(), byType["20"].Select(r => SolutionSource.IdOf((string)r.Attribute("id")!)).Order());
        Assert.Equal(Source.FieldSecurityProfiles.Select(p => p.Id).Order(), byType["70"].Select(r => SolutionSource.IdOf((string)r.Attribute("id")!)).Order());
        Assert.Equal("alm_AlumniRelations", (string?)byType["80"].Single().Attribute("schemaName"));
        Assert.Equal("alm_AlumniRelations", (string?)byType["62"].Single().Attribute("schemaName"));
        foreach (var dashboard in Source.Dashboards)
            Assert.Contains(byType["60"], r => SolutionSource.IdOf((string)r.Attribute("id")!) == dashboard.Id);
    }

    [Fact]
    public void Forms_views_and_charts_of_partially_included_system_tables_are_root_components()
    {
        var ids = RootComponents.Where(r => r.Attribute("id") is not null).Select(r => SolutionSource.IdOf((string)r.Attribute("id")!)).ToHashSet();
        var systemTables = Source.Tables.Values.Where(t => !t.IsCustom).Select(t => t.LogicalName).ToHashSet();
        foreach (var form in Source.Forms.Where(f => f.Entity is not null && systemTables.Contains(f.Entity)))
            Assert.True(ids.Contains(form.Id), $"{form.Path} not a root component");
        foreach (var view in Source.Views.Where(v => systemTables.Contains(v.Entity)))
            Assert.True(ids.Contains(view.Id), $"{view.Path} not a root component");
        foreach (var chart in Source.Charts.Where(c => systemTables.Contains(c.Entity)))
            Assert.True(ids.Contains(chart.Id), $"{chart.Path} not a root component");
    }

    [Fact]
    public void Every_root_component_by_id_exists_in_the_source()
    {
        var known = Source.Forms.Select(f => f.Id).Concat(Source.Views.Select(v => v.Id)).Concat(Source.Charts.Select(c => c.Id))
            .Concat(Source.Roles.Select(r => r.Id)).Concat(Source.FieldSecurityProfiles.Select(p => p.Id)).ToHashSet();
        foreach (var rc in RootComponents.Where(r => r.Attribute("id") is not null && (string?)r.Attribute("type") is "20" or "26" or "59" or "60" or "70"))
            Assert.True(known.Contains(SolutionSource.IdOf((string)rc.Attribute("id")!)), $"root component {rc} has no source file");
    }

    [Fact]
    public void Customizations_is_a_skeleton_declaring_english_and_norwegian()
    {
        var root = Source.Customizations.Root!;
        Assert.Equal("ImportExportXml", root.Name.LocalName);
        Assert.Empty(root.Element("Entities")!.Elements());
        Assert.Empty(root.Element("Roles")!.Elements());
        var languages = root.Element("Languages")!.Elements("Language").Select(l => l.Value).ToList();
        Assert.Contains("1033", languages);
        Assert.Contains("1044", languages);
    }
}
