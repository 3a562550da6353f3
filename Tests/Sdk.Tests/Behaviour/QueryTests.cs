using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Sdk.Tests.Behaviour;

public class QueryTests
{
    [Fact]
    public void QueryExpression_starts_with_empty_parts()
    {
        var query = new QueryExpression("contact");

        Assert.Equal("contact", query.EntityName);
        Assert.NotNull(query.ColumnSet);
        Assert.False(query.ColumnSet.AllColumns);
        Assert.Empty(query.ColumnSet.Columns);
        Assert.NotNull(query.Criteria);
        Assert.Equal(LogicalOperator.And, query.Criteria.FilterOperator);
        Assert.Empty(query.Criteria.Conditions);
        Assert.NotNull(query.PageInfo);
        Assert.Empty(query.LinkEntities);
        Assert.Empty(query.Orders);
        Assert.Null(query.TopCount);
    }

    [Fact]
    public void Building_a_query_fills_its_collections()
    {
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("firstname", "lastname") };
        query.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
        var orFilter = query.Criteria.AddFilter(LogicalOperator.Or);
        orFilter.AddCondition("alumni_graduationyear", ConditionOperator.In, 2020, 2021);
        var link = query.AddLink("alumni_networkmembership", "contactid", "alumni_contactid", JoinOperator.LeftOuter);
        link.LinkCriteria.AddCondition("alumni_networkid", ConditionOperator.Equal, Guid.Empty);
        link.AddLink("alumni_network", "alumni_networkid", "alumni_networkid");
        query.AddOrder("lastname", OrderType.Ascending);

        Assert.Equal(new[] { "firstname", "lastname" }, query.ColumnSet.Columns);
        var condition = Assert.Single(query.Criteria.Conditions);
        Assert.Equal(new object[] { 0 }, condition.Values);
        Assert.Same(orFilter, Assert.Single(query.Criteria.Filters));
        Assert.Equal(new object[] { 2020, 2021 }, Assert.Single(orFilter.Conditions).Values);
        Assert.Equal("contact", link.LinkFromEntityName);
        Assert.Equal(JoinOperator.LeftOuter, link.JoinOperator);
        Assert.NotNull(link.Columns);
        Assert.Single(link.LinkCriteria.Conditions);
        // Microsoft's SDK: a nested link's LinkFromEntityName is its parent's *from* table (here the
        // root), not the parent's table; the join is defined by the nesting.
        Assert.Equal("contact", Assert.Single(link.LinkEntities).LinkFromEntityName);
        Assert.Equal(JoinOperator.Inner, link.LinkEntities[0].JoinOperator);
        Assert.Equal("lastname", Assert.Single(query.Orders).AttributeName);
    }

    [Fact]
    public void QueryByAttribute_by_table_name_leaves_ColumnSet_and_PageInfo_unset()
    {
        var byName = new QueryByAttribute("contact");
        var empty = new QueryByAttribute();

        Assert.Null(byName.ColumnSet);
        Assert.Null(byName.PageInfo);
        Assert.NotNull(byName.Attributes);
        Assert.NotNull(empty.ColumnSet);
        Assert.NotNull(empty.PageInfo);
    }

    [Fact]
    public void ColumnSet_all_columns_and_QueryByAttribute_pairs()
    {
        var byAttribute = new QueryByAttribute("contact") { ColumnSet = new ColumnSet(true) };
        byAttribute.AddAttributeValue("emailaddress1", "kari@example.no");
        byAttribute.AddOrder("createdon", OrderType.Descending);

        Assert.True(byAttribute.ColumnSet.AllColumns);
        Assert.Equal(new[] { "emailaddress1" }, byAttribute.Attributes);
        Assert.Equal(new object[] { "kari@example.no" }, byAttribute.Values);
        Assert.Equal(OrderType.Descending, Assert.Single(byAttribute.Orders).OrderType);
    }
}
