using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

/// <summary>
/// The facts Microsoft's SolutionPackager (9.1.1.179) taught us about the unpacked layout, checked
/// without the packager so CI catches a regression where the packager is absent. Each was found by
/// packing and extracting with the real packager (tools/packager/roundtrip.sh; docs/solution.md,
/// "What the packager requires"): a file in the wrong shape is silently dropped, not refused.
/// </summary>
public class PackagerLayoutTests
{
    static readonly SolutionSource Source = SolutionSource.Current;

    [Fact]
    public void The_source_is_extracted_for_both_package_kinds()
    {
        // <Managed>0</Managed> makes a Managed (or Both) pack fail: "Solution package type did not match requested type".
        Assert.Equal("2", Source.Manifest.Root!.Element("SolutionManifest")!.Element("Managed")!.Value);
    }

    [Fact]
    public void Every_form_app_and_sitemap_file_has_its_managed_twin_and_no_twin_is_orphaned()
    {
        var twinned = Source.Documents.Keys.Where(p => !SolutionSource.IsManagedTwin(p) &&
            (p.Contains("/FormXml/", StringComparison.Ordinal) || p.StartsWith("AppModules/", StringComparison.Ordinal) || p.StartsWith("AppModuleSiteMaps/", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(twinned);
        foreach (var path in twinned)
            Assert.True(Source.Documents.ContainsKey(path[..^".xml".Length] + "_managed.xml"), $"{path}: no _managed twin (the Managed pack needs one)");
        foreach (var twin in Source.Documents.Keys.Where(SolutionSource.IsManagedTwin))
            Assert.True(Source.Documents.ContainsKey(SolutionSource.UnmanagedOf(twin)), $"{twin}: twin without its unmanaged file");
    }

    [Fact]
    public void A_table_with_charts_has_the_visualizations_placeholder()
    {
        var tablesWithCharts = Source.Charts.Select(c => c.Path.Split('/')[1]).Distinct().ToList();
        Assert.NotEmpty(tablesWithCharts);
        foreach (var folder in tablesWithCharts)
        {
            var entity = Source.Documents[$"Entities/{folder}/Entity.xml"].Root!;
            Assert.True(entity.Element("Visualizations") is { IsEmpty: true }, $"Entities/{folder}/Entity.xml: no <Visualizations /> — the packager would drop the table's charts");
        }
    }

    [Fact]
    public void Customizations_xml_is_a_skeleton_of_empty_placeholders()
    {
        var customizations = Source.Customizations.Root!;
        foreach (var section in new[] { "Entities", "Roles", "Workflows", "FieldSecurityProfiles", "Templates", "EntityMaps", "EntityRelationships", "optionsets", "SolutionPluginAssemblies", "SdkMessageProcessingSteps", "Dashboards", "AppModuleSiteMaps", "AppModules" })
        {
            var element = customizations.Element(section);
            Assert.True(element is not null, $"Customizations.xml: no <{section} /> placeholder");
            Assert.False(element!.HasElements, $"Customizations.xml: <{section}> has children; the packager skips its processing of them");
        }
    }

    [Fact]
    public void Dashboards_have_the_dashboard_shape_and_are_named_by_their_id()
    {
        var files = Source.Documents.Where(d => d.Key.StartsWith("Dashboards/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var (path, doc) in files)
        {
            Assert.Equal("Dashboard", doc.Root!.Name.LocalName);
            var id = doc.Root.Element("FormId")!.Value;
            Assert.Equal($"Dashboards/{id}.xml", path);
            Assert.Equal("dashboard", (string?)doc.Root.Element("FormXml")!.Element("forms")!.Attribute("type"));
            Assert.NotNull(doc.Root.Element("FormXml")!.Element("forms")!.Element("form"));
        }
    }

    [Fact]
    public void Forms_live_in_the_folder_of_their_kind_and_quick_create_forms_in_quickCreate()
    {
        // FormXml/quick/ holds quick *view* forms; quick-create forms belong in FormXml/quickCreate/.
        string[] kinds = ["main", "quickCreate", "quick", "card", "mobile", "appointmentBook", "dialog"];
        foreach (var form in Source.Forms.Where(f => f.Entity is not null))
            Assert.Contains(form.Type, kinds);
        foreach (var table in Source.Tables.Values)
            Assert.True(Source.Forms.Any(f => f.Entity == table.LogicalName && f.Type == "quickCreate"), $"{table.LogicalName}: no quick-create form in FormXml/quickCreate/");
        Assert.DoesNotContain(Source.Forms, f => f.Type == "quick" && ((string?)f.Element.Element("FormPresentation")) == "0");
    }

    [Fact]
    public void Field_security_profiles_are_in_their_own_file()
    {
        var profiles = Source.Documents["Other/FieldSecurityProfiles.xml"].Root!;
        Assert.Equal("FieldSecurityProfiles", profiles.Name.LocalName);
        Assert.NotEmpty(profiles.Elements("FieldSecurityProfile"));
        Assert.Equal(profiles.Elements("FieldSecurityProfile").Count(), Source.FieldSecurityProfiles.Count);
    }

    [Fact]
    public void Every_user_owned_custom_table_carries_the_platform_relationships_real_exports_have()
    {
        var names = Source.Documents["Other/Relationships.xml"].Root!.Elements("EntityRelationship").Select(e => (string)e.Attribute("Name")!).ToHashSet(StringComparer.Ordinal);
        foreach (var table in Source.Tables.Values.Where(t => t.IsCustom && (string?)t.Entity.Element("OwnershipTypeMask") == "UserOwned"))
            foreach (var name in RelationshipSource.PlatformNames(table.LogicalName))
            {
                var relationship = Source.Relationships.SingleOrDefault(r => r.Name == name);
                Assert.True(relationship is not null, $"{table.LogicalName}: no platform relationship {name}");
                Assert.True(relationship!.IsPlatform, name);
                Assert.Equal(table.LogicalName, relationship.Referencing);
                Assert.True(table.Columns.ContainsKey(relationship.ReferencingAttribute!), $"{name}: {table.LogicalName} has no column {relationship.ReferencingAttribute}");
                Assert.Contains(name, names);
            }
    }

    [Fact]
    public void Relationships_xml_lists_exactly_the_defined_relationships()
    {
        var listed = Source.Documents["Other/Relationships.xml"].Root!.Elements("EntityRelationship").Select(e => (string)e.Attribute("Name")!).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(Source.Relationships.Select(r => r.Name).OrderBy(n => n, StringComparer.Ordinal), listed);
        foreach (var r in Source.Relationships.Where(r => r.Type == "OneToMany"))
            Assert.EndsWith($"/{(string)r.Element.Element("ReferencedEntityName")!}.xml", r.Path);
    }

    [Fact]
    public void No_plugin_binary_is_in_the_source()
    {
        // The .cdsproj (and tools/packager/roundtrip.sh) copy the built assemblies in when packing.
        Assert.Empty(Directory.GetFiles(Source.Root, "*.dll", SearchOption.AllDirectories));
    }
}
