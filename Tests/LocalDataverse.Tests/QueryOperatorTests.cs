using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class QueryOperatorTests
{
    private static readonly Guid FacultyA = Guid.NewGuid();
    private static readonly Guid FacultyB = Guid.NewGuid();
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public QueryOperatorTests()
    {
        _service = _env.CreateService();
        Add("Ada", 10, 1, FacultyA, new DateTime(2024, 3, 1, 8, 0, 0, DateTimeKind.Utc), 1, 2);
        Add("adam", 20, 2, FacultyA, new DateTime(2024, 3, 1, 23, 0, 0, DateTimeKind.Utc), 2);
        Add("Bea", 30, 1, FacultyB, new DateTime(2024, 3, 2, 8, 0, 0, DateTimeKind.Utc));
        Add("Cid_x", null, null, null, null);
    }

    private void Add(string name, int? credits, int? level, Guid? faculty, DateTime? awarded, params int[] levels)
    {
        var row = new Entity("tst_person") { ["name"] = name };
        if (credits.HasValue) row["credits"] = credits.Value;
        if (level.HasValue) row["level"] = new OptionSetValue(level.Value);
        if (faculty.HasValue) row["facultyid"] = new EntityReference("tst_faculty", faculty.Value);
        if (awarded.HasValue) row["awardedon"] = awarded.Value;
        if (levels.Length > 0) row["levels"] = new OptionSetValueCollection(levels.Select(l => new OptionSetValue(l)).ToList());
        _service.Create(row);
    }

    private string[] Names(params ConditionExpression[] conditions)
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        foreach (var condition in conditions) query.Criteria.AddCondition(condition);
        return _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("name")).OrderBy(n => n, StringComparer.Ordinal).ToArray();
    }

    private static ConditionExpression C(string attribute, ConditionOperator op, params object[] values) => new(attribute, op, values);

    [Fact]
    public void Equality_compares_strings_case_insensitively_lookups_by_id_and_choices_by_value()
    {
        Assert.Equal(new[] { "Ada" }, Names(C("name", ConditionOperator.Equal, "ADA")));
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("facultyid", ConditionOperator.Equal, FacultyA)));
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("facultyid", ConditionOperator.Equal, new EntityReference("tst_faculty", FacultyA))));
        Assert.Equal(new[] { "Ada", "Bea" }, Names(C("level", ConditionOperator.Equal, 1)));
        Assert.Equal(new[] { "Ada", "Bea" }, Names(C("level", ConditionOperator.Equal, new OptionSetValue(1))));
    }

    [Fact]
    public void Negative_operators_never_match_null_as_in_sql()
    {
        Assert.Equal(new[] { "Bea", "Cid_x", "adam" }, Names(C("name", ConditionOperator.NotEqual, "ada")));
        Assert.Equal(new[] { "Bea" }, Names(C("credits", ConditionOperator.NotEqual, 10), C("credits", ConditionOperator.NotEqual, 20)));
        Assert.Equal(new[] { "Bea" }, Names(C("level", ConditionOperator.NotIn, 2, 3), C("facultyid", ConditionOperator.NotIn, FacultyA)));
    }

    [Fact]
    public void In_null_and_not_null()
    {
        Assert.Equal(new[] { "Ada", "Bea" }, Names(C("credits", ConditionOperator.In, 10, 30)));
        Assert.Equal(new[] { "Ada", "Bea" }, Names(new ConditionExpression("credits", ConditionOperator.In, new[] { 10, 30 })));
        Assert.Equal(new[] { "Cid_x" }, Names(C("credits", ConditionOperator.Null)));
        Assert.Equal(new[] { "Ada", "Bea", "adam" }, Names(C("credits", ConditionOperator.NotNull)));
    }

    [Fact]
    public void Comparisons()
    {
        Assert.Equal(new[] { "Bea", "adam" }, Names(C("credits", ConditionOperator.GreaterThan, 10)));
        Assert.Equal(new[] { "Ada", "Bea", "adam" }, Names(C("credits", ConditionOperator.GreaterEqual, 10m)));
        Assert.Equal(new[] { "Ada" }, Names(C("credits", ConditionOperator.LessThan, 20)));
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("credits", ConditionOperator.LessEqual, 20.0)));
        Assert.Equal(new[] { "Bea", "adam" }, Names(C("credits", ConditionOperator.Between, 15, 30)));
    }

    [Fact]
    public void Like_patterns_and_string_operators()
    {
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("name", ConditionOperator.Like, "ad%")));
        Assert.Equal(new[] { "Ada" }, Names(C("name", ConditionOperator.Like, "_d_")));
        Assert.Equal(new[] { "Cid_x" }, Names(C("name", ConditionOperator.Like, "%[_]x")));
        Assert.Equal(new[] { "Bea", "Cid_x" }, Names(C("name", ConditionOperator.NotLike, "ad%")));
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("name", ConditionOperator.BeginsWith, "AD")));
        Assert.Equal(new[] { "adam" }, Names(C("name", ConditionOperator.EndsWith, "AM")));
        Assert.Equal(new[] { "Bea" }, Names(C("name", ConditionOperator.Contains, "E")));
        Assert.Equal(new[] { "Ada", "Bea", "Cid_x" }, Names(C("name", ConditionOperator.DoesNotContain, "m")));
    }

    [Fact]
    public void Date_operators_compare_the_date_part()
    {
        var day = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("awardedon", ConditionOperator.On, day)));
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("awardedon", ConditionOperator.OnOrBefore, day)));
        Assert.Equal(new[] { "Ada", "Bea", "adam" }, Names(C("awardedon", ConditionOperator.OnOrAfter, day)));
        Assert.Equal(new[] { "Bea" }, Names(C("awardedon", ConditionOperator.OnOrAfter, day.AddDays(1).AddHours(23))));
    }

    [Fact]
    public void ContainValues_matches_any_chosen_value_of_a_multi_select_column()
    {
        Assert.Equal(new[] { "Ada", "adam" }, Names(C("levels", ConditionOperator.ContainValues, 2)));
        Assert.Equal(new[] { "Ada" }, Names(C("levels", ConditionOperator.ContainValues, 1, 5)));
        Assert.Equal(new[] { "Bea", "Cid_x", "adam" }, Names(C("levels", ConditionOperator.DoesNotContainValues, 1)));
    }

    [Fact]
    public void Nested_and_or_filters()
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("name", ConditionOperator.Equal, "Bea");
        var both = either.AddFilter(LogicalOperator.And);
        both.AddCondition("facultyid", ConditionOperator.Equal, FacultyA);
        both.AddCondition("credits", ConditionOperator.GreaterThan, 10);

        var names = _service.RetrieveMultiple(query).Entities.Select(e => (string)e["name"]).OrderBy(n => n, StringComparer.Ordinal);

        Assert.Equal(new[] { "Bea", "adam" }, names);
    }

    [Fact]
    public void Projection_orders_top_and_distinct()
    {
        var query = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name"), TopCount = 2 };
        query.AddOrder("credits", OrderType.Descending);

        var top = _service.RetrieveMultiple(query).Entities;

        Assert.Equal(new[] { "Bea", "adam" }, top.Select(e => (string)e["name"]));
        Assert.All(top, e => Assert.Equal(new[] { "name", "tst_personid" }, e.Attributes.Keys.OrderBy(k => k)));

        var ascending = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("name") };
        ascending.AddOrder("credits", OrderType.Ascending);
        Assert.Equal("Cid_x", _service.RetrieveMultiple(ascending).Entities[0]["name"]);

        var distinct = new QueryExpression("tst_person") { ColumnSet = new ColumnSet("facultyid"), Distinct = true };
        distinct.Criteria.AddCondition("facultyid", ConditionOperator.NotNull);
        Assert.Equal(2, _service.RetrieveMultiple(distinct).Entities.Count);
    }

    [Fact]
    public void QueryByAttribute_is_an_and_of_equalities()
    {
        var query = new QueryByAttribute("tst_person") { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("facultyid", FacultyA);
        query.AddAttributeValue("level", 2);

        Assert.Equal("adam", Assert.Single(_service.RetrieveMultiple(query).Entities)["name"]);
    }

    [Fact]
    public void FetchXml_is_refused_clearly()
    {
        var error = Assert.Throws<NotSupportedException>(() => _service.RetrieveMultiple(new FetchExpression("<fetch><entity name='tst_person'/></fetch>")));
        Assert.Contains("FetchXML", error.Message);
    }
}
