using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>Reads every row of a query, page by page, and rows by a column in batches of ids.</summary>
public static class QueryPages
{
    /// <summary>Ids per In condition: keeps the generated SQL well below Dataverse's parameter limits.</summary>
    public const int IdsPerQuery = 200;

    public const int PageSize = 5000;

    public static List<Entity> RetrieveAll(IOrganizationService service, QueryExpression query)
    {
        query.PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 };
        var rows = new List<Entity>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords) return rows;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="column"/> is one of <paramref name="values"/>, with explicit columns.</summary>
    public static List<Entity> WhereIn<T>(IOrganizationService service, string table, string column, IEnumerable<T> values, params string[] columns)
    {
        var distinct = values.Distinct().ToList();
        var rows = new List<Entity>();
        for (var start = 0; start < distinct.Count; start += IdsPerQuery)
        {
            var batch = distinct.Skip(start).Take(IdsPerQuery).Select(v => (object)v!).ToArray();
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
            query.Criteria.AddCondition(new ConditionExpression(column, ConditionOperator.In, batch));
            rows.AddRange(RetrieveAll(service, query));
        }
        return rows;
    }
}
