using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>Runs queries to the end (every page) and queries by id lists in bounded chunks.</summary>
public static class QueryRunner
{
    /// <summary>
    /// Ids per <c>In</c> condition. SQL Server caps a statement at 2,100 parameters, so one
    /// condition stays well below it; a batch of up to this many ids costs one query per table.
    /// </summary>
    public const int MaximumIdsPerQuery = 1000;

    /// <summary>All rows of the query, following the paging cookie (5,000 rows per page).</summary>
    public static List<Entity> RetrieveAll(IOrganizationService service, QueryExpression query)
    {
        var rows = new List<Entity>();
        query.PageInfo = new PagingInfo { PageNumber = 1, Count = 5000 };
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords) return rows;
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>
    /// All rows whose <paramref name="idColumn"/> is one of <paramref name="ids"/>: one query per
    /// <see cref="MaximumIdsPerQuery"/> ids, built fresh for each chunk by <paramref name="build"/>.
    /// </summary>
    public static List<Entity> RetrieveByIds(IOrganizationService service, IEnumerable<Guid> ids, string idColumn, Func<QueryExpression> build)
    {
        var rows = new List<Entity>();
        foreach (var chunk in Chunks(ids.Distinct().ToList(), MaximumIdsPerQuery))
        {
            var query = build();
            query.Criteria.AddCondition(idColumn, ConditionOperator.In, chunk.Cast<object>().ToArray());
            rows.AddRange(RetrieveAll(service, query));
        }
        return rows;
    }

    /// <summary>
    /// Rows of <paramref name="table"/> whose <paramref name="column"/> is one of
    /// <paramref name="values"/>, with explicit <paramref name="columns"/>: one query per chunk.
    /// </summary>
    public static List<Entity> WhereIn<T>(IOrganizationService service, string table, string column, IEnumerable<T> values, params string[] columns)
    {
        var rows = new List<Entity>();
        foreach (var chunk in Chunks(values.Distinct().ToList(), MaximumIdsPerQuery))
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
            query.Criteria.AddCondition(new ConditionExpression(column, ConditionOperator.In, chunk.Select(v => (object)v!).ToArray()));
            rows.AddRange(RetrieveAll(service, query));
        }
        return rows;
    }

    public static IEnumerable<List<T>> Chunks<T>(IReadOnlyList<T> items, int size)
    {
        for (var start = 0; start < items.Count; start += size)
            yield return items.Skip(start).Take(size).ToList();
    }
}
