namespace AlumniCrm.Solution.Tests;

public class RelationshipTests
{
    static readonly SolutionSource Source = SolutionSource.Current;

    static bool TableExists(string name) => Source.Table(name) is not null || SolutionSource.PlatformTables.Contains(name);

    [Fact]
    public void Every_custom_lookup_column_has_exactly_one_one_to_many_relationship()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var lookup in table.Columns.Values.Where(c => c.IsCustom && c.Type == "lookup"))
            {
                var matches = Source.Relationships.Where(r => r.Type == "OneToMany" && r.Referencing == table.LogicalName && r.ReferencingAttribute == lookup.LogicalName).ToList();
                Assert.True(matches.Count == 1, $"{table.LogicalName}.{lookup.LogicalName}: {matches.Count} relationships");
            }
    }

    [Fact]
    public void Every_one_to_many_relationship_refers_to_existing_tables_and_columns_and_is_named_by_the_rule()
    {
        foreach (var r in Source.Relationships.Where(r => r.Type == "OneToMany" && !r.IsPlatform))
        {
            Assert.True(TableExists(r.Referenced!), $"{r.Name}: unknown referenced table {r.Referenced}");
            Assert.True(Source.HasColumn(r.Referencing!, r.ReferencingAttribute!), $"{r.Name}: no column {r.Referencing}.{r.ReferencingAttribute}");
            Assert.Equal("lookup", Source.Table(r.Referencing!)!.Columns[r.ReferencingAttribute!].Type);
            var expected = $"{r.Referenced}_{r.Referencing}_{r.ReferencingAttribute}";
            Assert.Equal(expected.StartsWith("alm_", StringComparison.Ordinal) ? expected : "alm_" + expected, r.Name);
            Assert.EndsWith($"/{(string)r.Element.Element("ReferencedEntityName")!}.xml", r.Path);
            var roles = r.Element.Element("EntityRelationshipRoles")!.Elements("EntityRelationshipRole").ToList();
            Assert.Equal(2, roles.Count);
            Assert.All(roles, role => Assert.False(string.IsNullOrEmpty((string?)role.Element("NavigationPropertyName"))));
        }
    }

    [Theory]
    [InlineData("alm_contact_alm_qualification_alm_contactid", "Cascade")]
    [InlineData("alm_contact_alm_networkmembership_alm_contactid", "Cascade")]
    [InlineData("alm_contact_alm_engagement_alm_contactid", "Cascade")]
    [InlineData("alm_contact_alm_consent_alm_contactid", "Cascade")]
    [InlineData("alm_contact_alm_network_alm_contactpersonid", "RemoveLink")]
    [InlineData("alm_network_alm_networkmembership_alm_networkid", "Cascade")]
    public void Cascade_delete_follows_the_data_model(string name, string cascadeDelete) =>
        Assert.Equal(cascadeDelete, Source.Relationships.Single(r => r.Name == name).CascadeDelete);

    [Fact]
    public void Reassigning_a_person_never_moves_memberships_away_from_the_faculty_team()
    {
        foreach (var r in Source.Relationships.Where(r => r.Type == "OneToMany"))
            Assert.Equal("NoCascade", r.CascadeAssign);
        Assert.Equal("NoCascade", Source.Relationships.Single(r => r.Name == "alm_contact_alm_networkmembership_alm_contactid").CascadeShare);
    }

    [Fact]
    public void Sharing_a_person_shares_their_qualifications_and_consents()
    {
        Assert.Equal("Cascade", Source.Relationships.Single(r => r.Name == "alm_contact_alm_qualification_alm_contactid").CascadeShare);
        Assert.Equal("Cascade", Source.Relationships.Single(r => r.Name == "alm_contact_alm_consent_alm_contactid").CascadeShare);
    }

    [Fact]
    public void Data_model_relationships_exist()
    {
        string[] expected =
        [
            "alm_faculty_alm_institute_alm_facultyid", "alm_faculty_alm_studyprogramme_alm_facultyid", "alm_faculty_alm_network_alm_facultyid",
            "alm_faculty_alm_network_alm_rulefacultyid", "alm_faculty_alm_engagement_alm_facultyid", "alm_institute_alm_studyprogramme_alm_instituteid",
            "alm_institute_alm_network_alm_instituteid", "alm_institute_alm_network_alm_ruleinstituteid", "alm_studyprogramme_alm_qualification_alm_studyprogrammeid",
            "alm_alumnidefinition_contact_alm_alumnidefinitionid", "alm_qualification_contact_alm_qualifyingqualificationid",
        ];
        foreach (var name in expected) Assert.Contains(Source.Relationships, r => r.Name == name);
    }

    [Fact]
    public void The_network_programme_relationship_is_many_to_many_with_its_intersect_table()
    {
        var nn = Source.Relationships.Single(r => r.Name == "alm_network_studyprogramme");
        Assert.Equal("ManyToMany", nn.Type);
        Assert.Equal("alm_network_studyprogramme", nn.IntersectEntity);
        Assert.Equal("alm_network", nn.FirstEntity);
        Assert.Equal("alm_studyprogramme", nn.SecondEntity);
        Assert.Equal("Other/Relationships/alm_network.xml", nn.Path);
        // The intersect columns are the primary keys of the two tables.
        Assert.True(Source.HasColumn(nn.FirstEntity!, "alm_networkid"));
        Assert.True(Source.HasColumn(nn.SecondEntity!, "alm_studyprogrammeid"));
        Assert.Equal(2, nn.Element.Element("EntityRelationshipRoles")!.Elements("EntityRelationshipRole").Count());
    }

    [Fact]
    public void Relationships_xml_lists_exactly_the_defined_relationships()
    {
        var listed = Source.Documents["Other/Relationships.xml"].Root!.Elements("EntityRelationship").Select(e => (string)e.Attribute("Name")!).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(Source.Relationships.Select(r => r.Name).Order(), listed.Order());
    }
}
