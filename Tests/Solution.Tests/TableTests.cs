namespace AlumniCrm.Solution.Tests;

public class TableTests
{
    static readonly SolutionSource Source = SolutionSource.Current;
    static readonly DataModelDocument Model = DataModelDocument.Load(Source.RepositoryRoot);

    static readonly string[] SystemColumnsOfUserOwnedTable =
    [
        "createdby", "createdon", "createdonbehalfby", "modifiedby", "modifiedon", "modifiedonbehalfby", "overriddencreatedon", "importsequencenumber",
        "ownerid", "owningbusinessunit", "owningteam", "owninguser", "statecode", "statuscode", "timezoneruleversionnumber", "utcconversiontimezonecode",
    ];

    public static TheoryData<string> DocumentedTables => new(Model.Columns.Keys);

    [Fact]
    public void The_data_model_document_is_parsed()
    {
        Assert.Equal(15, Model.Columns.Count);
        Assert.Equal(16, Model.Choices.Count);
        Assert.Contains("alm_fsstudentnumber", Model.Columns["contact"]);
        Assert.Contains("alm_rulegraduatedwithinyears", Model.Columns["alm_network"]);
        Assert.DoesNotContain("alm_networklevel", Model.Columns["alm_network"]);
        Assert.Equal(["alm_networkmembership_person_network"], Model.Keys["alm_networkmembership"]);
        Assert.Contains("donotsendmm", Model.ContactStandardColumns);
    }

    [Theory, MemberData(nameof(DocumentedTables))]
    public void Every_documented_table_exists_with_exactly_the_documented_columns(string table)
    {
        var source = Source.Table(table);
        Assert.True(source is not null, $"no Entities/*/Entity.xml for {table}");
        var documented = Model.Columns[table].Where(c => c != "alm_name").ToHashSet();
        var defined = source!.Columns.Values.Where(c => c.IsCustom && !c.LogicalName.EndsWith("_base", StringComparison.Ordinal) && c.LogicalName != "alm_name")
            .Select(c => c.LogicalName).ToHashSet();
        Assert.Empty(documented.Except(defined));
        Assert.Empty(defined.Except(documented));
    }

    [Theory, MemberData(nameof(DocumentedTables))]
    public void Every_documented_alternate_key_exists(string table)
    {
        var source = Source.Table(table)!;
        Assert.Equal(Model.Keys[table].Order(), source.Keys.Select(k => k.Name).Order());
        foreach (var key in source.Keys)
        {
            Assert.NotEmpty(key.Columns);
            Assert.Equal(key.Name, (string?)key.Element.Element("Name"));
            foreach (var column in key.Columns) Assert.True(source.Columns.ContainsKey(column), $"key {key.Name}: no column {column}");
        }
    }

    [Fact]
    public void The_membership_key_spans_person_and_network()
    {
        var key = Source.Table("alm_networkmembership")!.Keys.Single();
        Assert.Equal(["alm_contactid", "alm_networkid"], key.Columns);
    }

    [Fact]
    public void Custom_tables_are_user_owned_audited_and_carry_the_system_columns()
    {
        foreach (var table in Source.Tables.Values.Where(t => t.IsCustom))
        {
            Assert.Equal("UserOwned", (string?)table.Entity.Element("OwnershipTypeMask"));
            Assert.Equal("1", (string?)table.Entity.Element("IsAuditEnabled"));
            Assert.False(string.IsNullOrEmpty(table.EntitySetName), $"{table.LogicalName}: no EntitySetName");
            Assert.Equal(table.LogicalName, table.SchemaName);
            Assert.Equal("primarykey", table.Columns[table.LogicalName + "id"].Type);
            Assert.Equal("alm_name", table.PrimaryNameColumn);
            Assert.Equal("owner", table.Columns["ownerid"].Type);
            foreach (var column in SystemColumnsOfUserOwnedTable)
                Assert.True(table.Columns.ContainsKey(column), $"{table.LogicalName}: no system column {column}");
            Assert.True(File.Exists(Path.Combine(Source.Root, table.Folder, "RibbonDiff.xml")), $"{table.LogicalName}: no RibbonDiff.xml");
        }
    }

    [Fact]
    public void Entity_set_names_are_unique()
    {
        var names = Source.Tables.Values.Where(t => t.IsCustom).Select(t => t.EntitySetName).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Every_custom_column_is_audited()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var column in table.Columns.Values.Where(c => c.IsCustom))
                Assert.True(column.IsAuditEnabled, $"{table.LogicalName}.{column.LogicalName} is not audited");
    }

    [Fact]
    public void Money_columns_bring_their_base_column_and_the_currency_columns()
    {
        var engagement = Source.Table("alm_engagement")!;
        Assert.Equal("money", engagement.Columns["alm_estimatedvalue"].Type);
        Assert.Equal("alm_estimatedvalue", (string?)engagement.Columns["alm_estimatedvalue_base"].Element.Element("CalculationOf"));
        Assert.Equal("lookup", engagement.Columns["transactioncurrencyid"].Type);
        Assert.Equal("decimal", engagement.Columns["exchangerate"].Type);
    }

    [Theory]
    [InlineData("contact", "alm_fsstudentnumber", "nvarchar", 20)]
    [InlineData("contact", "alm_fspersonnumber", "nvarchar", 20)]
    [InlineData("contact", "alm_alumnistatusreason", "ntext", 2000)]
    [InlineData("contact", "alm_employer", "nvarchar", 200)]
    [InlineData("alm_faculty", "alm_code", "nvarchar", 20)]
    [InlineData("alm_studyprogramme", "alm_code", "nvarchar", 30)]
    [InlineData("alm_studyprogramme", "alm_fsstudylevelcode", "nvarchar", 10)]
    [InlineData("alm_qualification", "alm_sourcekey", "nvarchar", 100)]
    [InlineData("alm_network", "alm_linkedinurl", "nvarchar", 400)]
    [InlineData("alm_network", "alm_backfillpagingcookie", "ntext", 4000)]
    [InlineData("alm_networkmembership", "alm_leavecomment", "ntext", 1000)]
    [InlineData("alm_consent", "alm_evidence", "ntext", 4000)]
    [InlineData("alm_consent", "alm_statementversion", "nvarchar", 50)]
    [InlineData("alm_suppression", "alm_identifierhash", "nvarchar", 100)]
    [InlineData("alm_importrun", "alm_filename", "nvarchar", 260)]
    [InlineData("alm_importrun", "alm_report", "ntext", 100000)]
    public void Text_columns_have_the_documented_length(string table, string column, string type, int length)
    {
        var c = Source.Table(table)!.Columns[column];
        Assert.Equal(type, c.Type);
        Assert.Equal(length, c.MaxLength);
    }

    [Theory]
    [InlineData("alm_network", "alm_linkedinurl", "url")]
    [InlineData("alm_network", "alm_websiteurl", "url")]
    [InlineData("alm_network", "alm_email", "email")]
    public void Formatted_text_columns_have_their_format(string table, string column, string format) =>
        Assert.Equal(format, Source.Table(table)!.Columns[column].Format);

    [Theory]
    [InlineData("contact", "alm_firstgraduationdate", 2)]
    [InlineData("contact", "alm_deceasedon", 2)]
    [InlineData("contact", "alm_alumnistatusdecidedon", 1)]
    [InlineData("alm_qualification", "alm_awardedon", 2)]
    [InlineData("alm_networkmembership", "alm_joinedon", 2)]
    [InlineData("alm_consent", "alm_validuntil", 1)]
    [InlineData("alm_importrun", "alm_startedon", 1)]
    public void Dates_are_date_only_and_datetimes_user_local(string table, string column, int behavior)
    {
        var c = Source.Table(table)!.Columns[column];
        Assert.Equal("datetime", c.Type);
        Assert.Equal(behavior, c.Behavior);
        Assert.Equal(behavior == 2 ? "date" : "datetime", c.Format);
    }

    [Theory]
    [InlineData("contact", "alm_alumnistatus", "picklist", "alm_alumnistatus")]
    [InlineData("contact", "alm_registrationsource", "picklist", "alm_recordsource")]
    [InlineData("alm_alumnidefinition", "alm_includedlevels", "multiselectpicklist", "alm_degreelevel")]
    [InlineData("alm_network", "alm_rulelevels", "multiselectpicklist", "alm_degreelevel")]
    [InlineData("alm_network", "alm_level", "picklist", "alm_networklevel")]
    [InlineData("alm_consent", "alm_purpose", "picklist", "alm_consentpurpose")]
    [InlineData("alm_consent", "alm_channel", "picklist", "alm_contactchannel")]
    [InlineData("alm_consent", "alm_source", "picklist", "alm_consentsource")]
    [InlineData("list", "alm_purpose", "picklist", "alm_consentpurpose")]
    public void Choice_columns_use_their_global_choice(string table, string column, string type, string optionSet)
    {
        var c = Source.Table(table)!.Columns[column];
        Assert.Equal(type, c.Type);
        Assert.Equal(optionSet, c.OptionSetName);
    }

    [Fact]
    public void Every_choice_column_refers_to_an_existing_global_choice()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var column in table.Columns.Values.Where(c => c.Type is "picklist" or "multiselectpicklist"))
                Assert.True(column.OptionSetName is not null && Source.OptionSets.ContainsKey(column.OptionSetName), $"{table.LogicalName}.{column.LogicalName}: unknown choice {column.OptionSetName}");
    }

    [Theory]
    [InlineData("alm_qualification", "alm_contactid")]
    [InlineData("alm_networkmembership", "alm_contactid")]
    [InlineData("alm_networkmembership", "alm_networkid")]
    [InlineData("alm_engagement", "alm_contactid")]
    [InlineData("alm_consent", "alm_contactid")]
    public void Documented_required_lookups_are_required(string table, string column) =>
        Assert.Equal("required", Source.Table(table)!.Columns[column].RequiredLevel);

    [Theory]
    [InlineData("alm_consent", "alm_evidence")]
    [InlineData("contact", "alm_isdeceased")]
    [InlineData("contact", "alm_deceasedon")]
    [InlineData("contact", "alm_fspersonnumber")]
    [InlineData("contact", "birthdate")]
    public void Sensitive_columns_are_secured(string table, string column) =>
        Assert.True(Source.Table(table)!.Columns[column].IsSecured, $"{table}.{column} is not secured");

    [Fact]
    public void Yes_no_columns_have_yes_and_no_in_both_languages()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var column in table.Columns.Values.Where(c => c.Type == "bit"))
            {
                var options = column.Element.Element("optionset")!.Element("options")!.Elements("option").ToList();
                Assert.Equal(["1", "0"], options.Select(o => (string)o.Attribute("value")!));
                foreach (var o in options)
                    Assert.Equal(2, SolutionSource.LabelsOf(o.Element("labels")).Count);
            }
    }

    [Fact]
    public void No_column_stores_a_national_identity_number()
    {
        foreach (var table in Source.Tables.Values)
            foreach (var column in table.Columns.Keys)
                Assert.DoesNotContain("fodselsnummer", column.Replace("ø", "o"));
    }
}
