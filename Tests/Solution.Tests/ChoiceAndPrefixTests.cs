namespace AlumniCrm.Solution.Tests;

public class ChoiceAndPrefixTests
{
    static readonly SolutionSource Source = SolutionSource.Current;
    static readonly DataModelDocument Model = DataModelDocument.Load(Source.RepositoryRoot);

    public static TheoryData<string> DocumentedChoices => new(Model.Choices.Keys);

    [Theory, MemberData(nameof(DocumentedChoices))]
    public void Every_documented_choice_exists_with_exactly_its_values_and_english_labels(string name)
    {
        Assert.True(Source.OptionSets.TryGetValue(name, out var set), $"no OptionSets/{name}.xml");
        var documented = Model.Choices[name];
        Assert.Equal(documented.Keys.Order(), set!.Options.Keys.Order());
        foreach (var (value, label) in documented)
            Assert.Equal(label, set.Options[value][SolutionSource.English]);
    }

    [Fact]
    public void Global_choices_are_global_picklists_named_after_their_file()
    {
        foreach (var set in Source.OptionSets.Values)
        {
            Assert.Equal($"OptionSets/{set.Name}.xml", set.Path);
            Assert.Equal("1", (string?)set.Element.Element("IsGlobal"));
            Assert.Equal("picklist", (string?)set.Element.Element("OptionSetType"));
        }
        Assert.Equal(Model.Choices.Keys.Order(), Source.OptionSets.Keys.Order());
    }

    [Fact]
    public void Every_choice_value_carries_the_option_value_prefix_84210()
    {
        foreach (var set in Source.OptionSets.Values)
            foreach (var value in set.Options.Keys)
                Assert.True(value / 10000 == 84210, $"{set.Name}: value {value} lacks the 84210 prefix");
    }

    [Fact]
    public void Custom_schema_names_carry_the_alm_prefix()
    {
        foreach (var table in Source.Tables.Values)
        {
            if (table.IsCustom) Assert.StartsWith("alm_", table.SchemaName);
            foreach (var column in table.Columns.Values.Where(c => c.IsCustom))
                Assert.True(column.LogicalName.StartsWith("alm_", StringComparison.Ordinal), $"{table.LogicalName}.{column.LogicalName}");
            foreach (var key in table.Keys) Assert.StartsWith("alm_", key.Name);
            foreach (var optionset in table.Columns.Values.Select(c => c.Element.Element("optionset")).OfType<System.Xml.Linq.XElement>())
                Assert.StartsWith(table.LogicalName + "_", (string)optionset.Attribute("Name")!);
        }
        foreach (var name in Source.OptionSets.Keys) Assert.StartsWith("alm_", name);
        foreach (var relationship in Source.Relationships.Where(r => !r.IsPlatform)) Assert.StartsWith("alm_", relationship.Name);
    }

    [Fact]
    public void System_columns_changed_by_the_solution_are_not_marked_custom()
    {
        var birthdate = Source.Table("contact")!.Columns["birthdate"];
        Assert.False(birthdate.IsCustom);
        Assert.Contains("birthdate", Model.ContactStandardColumns);
    }
}
