using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class LinkEntityTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;
    private readonly Guid _law;
    private readonly Guid _medicine;

    public LinkEntityTests()
    {
        _service = _env.CreateService();
        _law = _service.Create(new Entity("tst_faculty") { ["name"] = "Law", ["code"] = "100" });
        _medicine = _service.Create(new Entity("tst_faculty") { ["name"] = "Medicine", ["code"] = "200" });
        var ida = _service.Create(new Entity("tst_person") { ["name"] = "Ida", ["facultyid"] = new EntityReference("tst_faculty", _law) });
        _service.Create(new Entity("tst_person") { ["name"] = "Ola", ["facultyid"] = new EntityReference("tst_faculty", _medicine) });
        _service.Create(new Entity("tst_person") { ["name"] = "Per" });
        _service.Create(new Entity("tst_qualification") { ["name"] = "LLM", ["personid"] = new EntityReference("tst_person", ida) });
        _service.Create(new Entity("tst_qualification") { ["name"] = "LLB", ["personid"] = new EntityReference("tst_person", ida) });
    }

    [Fact]
    public void Inner_join_returns_aliased_columns_and_drops_unmatched_rows()
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        var faculty = query.AddLink("tst_faculty", "facultyid", "tst_facultyid");
        faculty.EntityAlias = "f";
        faculty.Columns = new ColumnSet("name");

        var rows = _service.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "Ida", "Ola" }, rows.Select(r => (string)r["name"]));
        var aliased = Assert.IsType<AliasedValue>(rows[0]["f.name"]);
        Assert.Equal("Law", aliased.Value);
        Assert.Equal("tst_faculty", aliased.EntityLogicalName);
        Assert.Equal("name", aliased.AttributeLogicalName);
    }

    [Fact]
    public void Left_outer_join_keeps_unmatched_rows_and_link_criteria_stay_in_the_join()
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        query.AddOrder("name", OrderType.Ascending);
        var faculty = query.AddLink("tst_faculty", "facultyid", "tst_facultyid", JoinOperator.LeftOuter);
        faculty.EntityAlias = "f";
        faculty.Columns = new ColumnSet("code");
        faculty.LinkCriteria.AddCondition("code", ConditionOperator.Equal, "100");

        var rows = _service.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "Ida", "Ola", "Per" }, rows.Select(r => (string)r["name"]));
        Assert.Equal("100", ((AliasedValue)rows[0]["f.code"]).Value);
        Assert.False(rows[1].Contains("f.code"));
        Assert.False(rows[2].Contains("f.code"));
    }

    [Fact]
    public void Conditions_on_link_columns_through_the_alias_make_an_anti_join_possible()
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        var faculty = query.AddLink("tst_faculty", "facultyid", "tst_facultyid", JoinOperator.LeftOuter);
        faculty.EntityAlias = "f";
        query.Criteria.AddCondition("f", "tst_facultyid", ConditionOperator.Null);

        Assert.Equal("Per", Assert.Single(_service.RetrieveMultiple(query).Entities)["name"]);
    }

    [Fact]
    public void Nested_links_multiply_rows_per_match_and_unaliased_links_get_generated_aliases()
    {
        var query = new QueryExpression("tst_faculty") { ColumnSet = new ColumnSet("name") };
        var person = query.AddLink("tst_person", "tst_facultyid", "facultyid");
        person.Columns = new ColumnSet("name");
        var qualification = person.AddLink("tst_qualification", "tst_personid", "personid");
        qualification.EntityAlias = "q";
        qualification.Columns = new ColumnSet("name");
        qualification.Orders.Add(new OrderExpression("name", OrderType.Ascending));

        var rows = _service.RetrieveMultiple(query).Entities;

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("Law", r["name"]));
        Assert.All(rows, r => Assert.Equal("Ida", ((AliasedValue)r["tst_person1.name"]).Value));
        Assert.Equal(new object[] { "LLB", "LLM" }, rows.Select(r => ((AliasedValue)r["q.name"]).Value));
    }

    [Fact]
    public void Orders_on_a_link_column_by_alias()
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        var faculty = query.AddLink("tst_faculty", "facultyid", "tst_facultyid");
        faculty.EntityAlias = "f";
        query.AddOrder("name", OrderType.Descending, "f", "f");
        query.Orders[0].EntityName = "f";

        Assert.Equal(new[] { "Ola", "Ida" }, _service.RetrieveMultiple(query).Entities.Select(r => (string)r["name"]));
    }
}
