using System.Xml.Linq;

namespace AlumniCrm.Solution.Tests;

public class SecurityAndAppTests
{
    static readonly SolutionSource Source = SolutionSource.Current;
    static readonly string[] Actions = ["Create", "Read", "Write", "Delete", "Append", "AppendTo", "Assign", "Share"];
    static readonly string[] FacultyTables = ["alm_network", "alm_networkmembership", "alm_engagement", "alm_consent"];

    static RoleSource Role(string name) => Source.Roles.Single(r => r.Name == name);

    [Fact]
    public void The_four_roles_exist_in_files_named_after_them()
    {
        Assert.Equal(["Alumni administrator", "Alumni communications", "Alumni team member", "Faculty alumni contact"], Source.Roles.Select(r => r.Name).Order());
        foreach (var role in Source.Roles) Assert.Equal($"Roles/{role.Name}.xml", role.Path);
    }

    [Fact]
    public void Every_privilege_is_named_after_an_action_and_an_existing_table_schema_name()
    {
        var valid = Source.Tables.Values.SelectMany(t => Actions.Select(a => $"prv{a}{t.SchemaName}")).ToHashSet();
        foreach (var role in Source.Roles)
        {
            Assert.Equal(role.Privileges.Count, role.Privileges.Select(p => p.Name).Distinct().Count());
            foreach (var (name, level) in role.Privileges)
            {
                Assert.True(valid.Contains(name), $"{role.Name}: unknown privilege {name}");
                Assert.Contains(level, new[] { "Basic", "Local", "Deep", "Global" });
            }
        }
    }

    [Fact]
    public void Every_table_has_all_eight_privileges_in_some_role()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var action in Actions)
                Assert.True(Source.Roles.Any(r => r.LevelOf($"prv{action}{table.SchemaName}") is not null), $"no role has prv{action}{table.SchemaName}");
    }

    [Fact]
    public void The_administrator_has_global_depth_on_every_table()
    {
        var admin = Role("Alumni administrator");
        foreach (var table in Source.Tables.Values)
            foreach (var action in Actions)
                Assert.Equal("Global", admin.LevelOf($"prv{action}{table.SchemaName}"));
    }

    [Fact]
    public void Communications_reads_and_writes_globally_but_never_erases()
    {
        var comms = Role("Alumni communications");
        foreach (var table in Source.Tables.Values.Where(t => t.LogicalName is not ("alm_suppression" or "alm_erasurelog" or "alm_importrun" or "alm_suppressionkey")))
        {
            Assert.Equal("Global", comms.LevelOf($"prvRead{table.SchemaName}"));
            Assert.Equal("Global", comms.LevelOf($"prvWrite{table.SchemaName}"));
        }
        Assert.Null(comms.LevelOf("prvDeleteContact"));
        Assert.Null(comms.LevelOf("prvDeletealm_consent"));
        Assert.Null(comms.LevelOf("prvWritealm_erasurelog"));
        Assert.Null(comms.LevelOf("prvCreatealm_suppression"));
        Assert.All(new[] { "Create", "Read", "Write", "Delete" }, a => Assert.Null(comms.LevelOf($"prv{a}alm_suppressionkey")));
    }

    [Fact]
    public void The_suppression_key_can_be_set_by_the_data_steward_and_read_back_by_nobody()
    {
        // The key is a secret: no field security profile reads it; only the administrator role may see the table.
        Assert.True(Source.Table("alm_suppressionkey")!.Columns["alm_key"].IsSecured);
        foreach (var profile in Source.FieldSecurityProfiles)
        {
            var key = profile.Permissions.Single(p => p.Table == "alm_suppressionkey" && p.Column == "alm_key");
            Assert.Equal(0, key.Read);
            Assert.Equal(0, key.Update);
            Assert.Equal(profile.Name == "Alumni data steward" ? 4 : 0, key.Create);
        }

        foreach (var role in Source.Roles.Where(r => r.Name != "Alumni administrator"))
            Assert.DoesNotContain(role.Privileges, p => p.Name.EndsWith("alm_suppressionkey", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Faculty alumni contact")]
    [InlineData("Alumni team member")]
    public void Faculty_roles_have_business_unit_depth_on_faculty_tables_and_basic_on_contacts(string name)
    {
        var role = Role(name);
        foreach (var table in FacultyTables)
        {
            Assert.Equal("Local", role.LevelOf($"prvRead{table}"));
            Assert.Equal("Local", role.LevelOf($"prvWrite{table}"));
        }
        Assert.Equal("Basic", role.LevelOf("prvReadContact"));
        Assert.Null(role.LevelOf("prvDeleteContact"));
        Assert.Null(role.LevelOf("prvDeletealm_consent")); // the ledger is append-only
        Assert.Null(role.LevelOf("prvReadalm_suppression"));
        Assert.DoesNotContain(role.Privileges, p => p.Level == "Global" && p.Name.StartsWith("prvWrite", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_faculty_alumni_contact_creates_and_deletes_networks()
    {
        Assert.Equal("Local", Role("Faculty alumni contact").LevelOf("prvCreatealm_network"));
        Assert.Null(Role("Alumni team member").LevelOf("prvCreatealm_network"));
        Assert.Null(Role("Alumni team member").LevelOf("prvDeletealm_network"));
    }

    [Fact]
    public void Every_secured_column_is_in_every_field_security_profile_and_nothing_else_is()
    {
        var secured = Source.Tables.Values.SelectMany(t => t.Columns.Values.Where(c => c.IsSecured).Select(c => (t.LogicalName, c.LogicalName))).ToHashSet();
        Assert.Equal(6, secured.Count);
        Assert.Equal(3, Source.FieldSecurityProfiles.Count);
        foreach (var profile in Source.FieldSecurityProfiles)
        {
            Assert.Equal(secured.OrderBy(s => s.Item1 + s.Item2), profile.Permissions.Select(p => (p.Table, p.Column)).OrderBy(s => s.Item1 + s.Item2));
            Assert.All(profile.Permissions, p => Assert.True(p.Read is 0 or 4 && p.Create is 0 or 4 && p.Update is 0 or 4));
        }
    }

    [Fact]
    public void Consent_evidence_is_never_updatable_outside_the_data_steward_profile()
    {
        foreach (var profile in Source.FieldSecurityProfiles.Where(p => p.Name != "Alumni data steward"))
        {
            var evidence = profile.Permissions.Single(p => p.Column == "alm_evidence");
            Assert.Equal(0, evidence.Update);
            Assert.Equal(4, evidence.Create);
            Assert.Equal(0, profile.Permissions.Single(p => p.Column == "alm_fspersonnumber").Read);
        }
    }

    [Fact]
    public void The_app_has_its_unique_name_names_in_both_languages_and_maps_the_four_roles()
    {
        var app = Source.AppModule;
        Assert.Equal("alm_AlumniRelations", (string?)app.Element("UniqueName"));
        var names = SolutionSource.LabelsOf(app.Element("LocalizedNames"));
        Assert.Equal("Alumni relations", names[SolutionSource.English]);
        Assert.Equal("Alumnirelasjoner", names[SolutionSource.Norwegian]);
        var mapped = app.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => SolutionSource.IdOf((string)r.Attribute("id")!)).Order();
        Assert.Equal(Source.Roles.Select(r => r.Id).Order(), mapped);
    }

    [Fact]
    public void Every_app_component_exists()
    {
        var ids = Source.Forms.Select(f => f.Id).Concat(Source.Views.Select(v => v.Id)).Concat(Source.Charts.Select(c => c.Id)).ToHashSet();
        foreach (var component in Source.AppModule.Element("AppModuleComponents")!.Elements("AppModuleComponent"))
        {
            var type = (string)component.Attribute("type")!;
            if (type == "1") Assert.NotNull(Source.Table((string)component.Attribute("schemaName")!));
            else if (type == "62") Assert.Equal("alm_AlumniRelations", (string?)component.Attribute("schemaName"));
            else Assert.True(ids.Contains(SolutionSource.IdOf((string)component.Attribute("id")!)), $"app component {component}");
        }
        foreach (var table in Source.Tables.Values)
            Assert.Contains(Source.AppModule.Descendants("AppModuleComponent"), c => (string?)c.Attribute("schemaName") == table.LogicalName);
    }

    [Fact]
    public void The_sitemap_has_the_five_areas_with_existing_tables_and_both_languages()
    {
        var sitemap = Source.AppSiteMap.Element("SiteMap")!;
        Assert.Equal("alm_AlumniRelations", (string?)Source.AppSiteMap.Element("SiteMapUniqueName"));
        var areas = sitemap.Elements("Area").ToList();
        Assert.Equal(["Alumni", "Networks", "Consent", "Imports", "Settings"], areas.Select(a => Title(a, SolutionSource.English)));
        foreach (var node in sitemap.Descendants().Where(e => e.Name.LocalName is "Area" or "Group" or "SubArea"))
        {
            Assert.False(string.IsNullOrWhiteSpace(Title(node, SolutionSource.English)), $"{node.Attribute("Id")}: no English title");
            Assert.False(string.IsNullOrWhiteSpace(Title(node, SolutionSource.Norwegian)), $"{node.Attribute("Id")}: no Norwegian title");
        }
        var entities = sitemap.Descendants("SubArea").Select(s => (string?)s.Attribute("Entity")).OfType<string>().ToList();
        foreach (var entity in entities) Assert.NotNull(Source.Table(entity));
        Assert.Equal(Source.Tables.Keys.Order(), entities.Order());
        string[] expected = ["contact", "alm_qualification", "alm_engagement"];
        Assert.Equal(expected, areas[0].Descendants("SubArea").Select(s => (string?)s.Attribute("Entity")).OfType<string>());
    }

    static string? Title(XElement node, int lcid) =>
        (string?)node.Element("Titles")?.Elements("Title").FirstOrDefault(t => (int)t.Attribute("LCID")! == lcid)?.Attribute("Title");
}
