using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>A QueryByAttribute is an AND of Equal conditions; Dataverse treats it as that QueryExpression.</summary>
internal static class QueryByAttributeConverter
{
    public static QueryExpression ToQueryExpression(QueryByAttribute query)
    {
        if (query.Attributes.Count != query.Values.Count)
        {
            throw Faults.DataverseFaults.InvalidArgument("QueryByAttribute needs as many values as attributes.");
        }
        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            PageInfo = query.PageInfo,
            TopCount = query.TopCount,
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(query.Attributes[i], ConditionOperator.Equal, query.Values[i]);
        }
        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }
        return expression;
    }
}
