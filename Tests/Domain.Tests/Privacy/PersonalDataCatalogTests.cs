using System.Text.RegularExpressions;
using AlumniCrm.Domain.Privacy;
using AlumniCrm.Domain.Tests.Consent;

namespace AlumniCrm.Domain.Tests.Privacy;

public class PersonalDataCatalogTests
{
    [Fact]
    public void Every_alumni_table_with_personal_data_is_catalogued()
    {
        Assert.Equal(
            new[] { "contact", "alm_qualification", "alm_networkmembership", "alm_consent", "alm_engagement", "alm_network" },
            PersonalDataCatalog.Tables.Select(t => t.LogicalName));
    }

    [Fact]
    public void Each_table_and_column_is_listed_once()
    {
        var tables = PersonalDataCatalog.Tables.Select(t => t.LogicalName).ToList();
        Assert.Equal(tables.Count, tables.Distinct().Count());
        foreach (var table in PersonalDataCatalog.Tables)
            Assert.Equal(table.ColumnNames.Count, table.ColumnNames.Distinct().Count());
    }

    [Fact]
    public void Deleted_tables_delete_every_column_with_the_row()
    {
        foreach (var table in PersonalDataCatalog.Tables.Where(t => t.Action == ErasureAction.DeleteRows))
            Assert.All(table.Columns, c => Assert.Equal(ColumnErasure.DeleteWithRow, c.Erasure));
    }

    [Fact]
    public void Anonymised_tables_clear_the_link_to_the_person_and_delete_nothing()
    {
        foreach (var table in PersonalDataCatalog.Tables.Where(t => t.Action == ErasureAction.AnonymiseRows))
        {
            Assert.Contains(table.PersonColumn, table.ColumnsToClear);
            Assert.DoesNotContain(table.Columns, c => c.Erasure == ColumnErasure.DeleteWithRow);
        }
    }

    [Fact]
    public void Engagements_keep_what_faculty_statistics_need_and_lose_who_and_the_free_text()
    {
        var engagement = PersonalDataCatalog.Find("alm_engagement")!;
        Assert.Equal(ErasureAction.AnonymiseRows, engagement.Action);
        Assert.Equal(new[] { "alm_contactid", "alm_name", "alm_description" }, engagement.ColumnsToClear);
        Assert.Equal(new[] { "alm_engagementtype", "alm_date", "alm_facultyid", "alm_estimatedvalue" },
            engagement.Columns.Where(c => c.Erasure == ColumnErasure.Keep).Select(c => c.LogicalName));
    }

    [Theory]
    [InlineData("contact", ErasureAction.DeleteRows)]
    [InlineData("alm_qualification", ErasureAction.DeleteRows)]
    [InlineData("alm_networkmembership", ErasureAction.DeleteRows)]
    [InlineData("alm_consent", ErasureAction.DeleteRows)]
    [InlineData("alm_engagement", ErasureAction.AnonymiseRows)]
    [InlineData("alm_network", ErasureAction.AnonymiseRows)]
    public void Each_table_has_its_documented_action(string table, ErasureAction action)
    {
        Assert.Equal(action, PersonalDataCatalog.Find(table)!.Action);
    }

    [Fact]
    public void Lookup_by_name_ignores_case_and_knows_unknown_tables()
    {
        Assert.Equal("alm_consent", PersonalDataCatalog.Find("ALM_Consent")!.LogicalName);
        Assert.Null(PersonalDataCatalog.Find("alm_faculty"));
    }

    [Fact]
    public void The_national_identity_number_is_never_catalogued_because_it_is_never_stored()
    {
        Assert.DoesNotContain(PersonalDataCatalog.Tables.SelectMany(t => t.ColumnNames), c => c.Contains("fodselsnummer") || c.Contains("ssn"));
    }

    // Completeness against the data model: every column of the person's own tables, every custom contact column
    // and the standard contact columns the data model lists must be catalogued.
    [Theory]
    [InlineData("alm_qualification")]
    [InlineData("alm_networkmembership")]
    [InlineData("alm_engagement")]
    [InlineData("alm_consent")]
    public void Every_column_of_a_person_table_in_the_data_model_is_catalogued(string table)
    {
        var documented = ColumnsOfSection(table);
        Assert.NotEmpty(documented);
        Assert.Empty(documented.Except(PersonalDataCatalog.Find(table)!.ColumnNames));
    }

    [Fact]
    public void Every_contact_column_in_the_data_model_is_catalogued()
    {
        var documented = ColumnsOfSection("contact");
        Assert.Contains("alm_fsstudentnumber", documented);
        Assert.Contains("emailaddress1", documented);
        Assert.Empty(documented.Except(PersonalDataCatalog.Find("contact")!.ColumnNames));
    }

    [Fact]
    public void Every_lookup_to_contact_in_the_data_model_is_catalogued()
    {
        // "alm_contactpersonid (lookup contact)" and every "alm_contactid" lookup are ways to find a person's rows.
        var text = DataModel();
        Assert.Contains("`alm_contactpersonid` (lookup contact)", text);
        Assert.Equal("alm_contactpersonid", PersonalDataCatalog.Find("alm_network")!.PersonColumn);
        var tablesWithContactLookup = Sections(text)
            .Where(s => s.Value.Contains("`alm_contactid`"))
            .Select(s => s.Key)
            .ToList();
        Assert.NotEmpty(tablesWithContactLookup);
        Assert.All(tablesWithContactLookup, t => Assert.NotNull(PersonalDataCatalog.Find(t)));
    }

    private static string DataModel() =>
        File.ReadAllText(Path.Combine(PurposeChannelTableTests.RepositoryRoot(), "docs", "data-model.md"));

    private static Dictionary<string, string> Sections(string text)
    {
        var sections = new Dictionary<string, string>();
        var parts = Regex.Split(text, @"^### ", RegexOptions.Multiline);
        foreach (var part in parts.Skip(1))
        {
            var name = part.Split(' ', '\n')[0].Trim();
            var end = part.IndexOf("\n## ", StringComparison.Ordinal);
            sections[name] = end < 0 ? part : part.Substring(0, end);
        }
        return sections;
    }

    private static List<string> ColumnsOfSection(string table)
    {
        var section = Sections(DataModel())[table];
        return Regex.Matches(section, @"`((?:alm_)?[a-z0-9]+)`")
            .Select(m => m.Groups[1].Value)
            .Where(c => c != table && !c.StartsWith("alm_" + table.Replace("alm_", "") + "_", StringComparison.Ordinal) && IsColumnName(c, table))
            .Distinct()
            .ToList();
    }

    // Key names ("alm_contact_fsstudentnumber"), choice names and relationship names appear in backticks too.
    private static bool IsColumnName(string name, string table) =>
        !new[] { "studentnr", "personlopenr" }.Contains(name) // FS field names quoted in the notes
        && !name.StartsWith("alm_contact_", StringComparison.Ordinal) && !name.StartsWith(table + "_", StringComparison.Ordinal)
        && !new[] { "alm_recordsource", "alm_membershipstatus", "alm_membershipsource", "alm_leavereason", "alm_engagementtype",
            "alm_consentpurpose", "alm_contactchannel", "alm_consentstatus", "alm_lawfulbasis", "alm_consentsource",
            "alm_alumnistatus", "alm_degreelevel", "alm_alumnidefinition", "alm_studyprogramme", "alm_network", "alm_qualification" }.Contains(name)
        || KnownColumnsNamedLikeChoices(table).Contains(name);

    // Columns whose logical name equals a choice or table name (e.g. contact.alm_alumnistatus, alm_qualification.alm_degreelevel).
    private static string[] KnownColumnsNamedLikeChoices(string table) => table switch
    {
        "contact" => new[] { "alm_alumnistatus" },
        "alm_qualification" => new[] { "alm_degreelevel" },
        "alm_networkmembership" => new[] { "alm_membershipstatus", "alm_membershipsource", "alm_leavereason" },
        "alm_engagement" => new[] { "alm_engagementtype" },
        "alm_consent" => new[] { "alm_consentstatus", "alm_lawfulbasis" },
        _ => Array.Empty<string>(),
    };
}
