using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>
/// Runs a QueryExpression over the store: joins (link-entities with their own criteria, nested),
/// filters, orders, distinct, top and paging, then projects the requested columns.
/// </summary>
internal sealed class QueryEngine
{
    /// <summary>Dataverse returns at most 5000 rows per page when the query sets no page size.</summary>
    public const int DefaultPageSize = 5000;

    private readonly DataStore _store;

    public QueryEngine(DataStore store) => _store = store;

    public EntityCollection Execute(QueryExpression query, QueryContext context)
    {
        if (string.IsNullOrEmpty(query.EntityName)) throw Faults.DataverseFaults.InvalidArgument("The query has no EntityName.");
        var paging = query.PageInfo is { Count: > 0 } ? query.PageInfo : null;
        if (paging != null && query.TopCount.HasValue)
        {
            throw Faults.DataverseFaults.InvalidArgument("The Top and PageInfo settings of a query cannot be used together.");
        }

        var aliases = LinkAliases.Assign(query);
        IEnumerable<JoinedRow> rows = CandidateRows(query).Select(r => new JoinedRow(r));
        foreach (var link in query.LinkEntities)
        {
            rows = Join(rows, link, null, aliases, query.EntityName, context);
        }
        var filtered = rows.Where(r => FilterEvaluator.IsSatisfied(query.Criteria, r, null, query.EntityName, context)).ToList();
        var ordered = Order(filtered, query, aliases).ToList();
        var projected = ordered.Select(r => (Row: r, Entity: Project(r, query, aliases))).ToList();
        if (query.Distinct)
        {
            projected = projected.DistinctBy(p => DistinctKey(p.Entity)).ToList();
        }

        var result = new EntityCollection { EntityName = query.EntityName, TotalRecordCount = -1 };
        if (paging?.ReturnTotalRecordCount == true) result.TotalRecordCount = projected.Count;

        if (query.TopCount.HasValue)
        {
            AddAll(result, projected.Take(query.TopCount.Value).Select(p => p.Entity));
            return result;
        }

        var pageSize = paging?.Count ?? DefaultPageSize;
        var pageNumber = Math.Max(1, paging?.PageNumber ?? 1);
        var start = StartOfPage(projected.Select(p => p.Row).ToList(), query, paging, pageNumber, pageSize);
        var page = projected.Skip(start).Take(pageSize).ToList();
        AddAll(result, page.Select(p => p.Entity));
        result.MoreRecords = start + page.Count < projected.Count;
        if (page.Count > 0)
        {
            result.PagingCookie = PagingCookie.Write(pageNumber, TableNames.PrimaryIdAttribute(query.EntityName), page[0].Row.Root.Id, page[^1].Row.Root.Id);
        }
        return result;
    }

    /// <summary>
    /// The rows the criteria can match: when a top-level AND condition is Equal or In on a column of the
    /// queried table, only the rows holding those values (through the store's index); else every row.
    /// The full criteria still run on the candidates, so this only saves work, never changes a result.
    /// </summary>
    private IReadOnlyList<Entity> CandidateRows(QueryExpression query)
    {
        if (query.Criteria.FilterOperator == LogicalOperator.And)
        {
            foreach (var condition in query.Criteria.Conditions)
            {
                var onRoot = string.IsNullOrEmpty(condition.EntityName) || condition.EntityName == query.EntityName;
                if (onRoot && !condition.CompareColumns && condition.Operator is ConditionOperator.Equal or ConditionOperator.In)
                {
                    return _store.RowsWhere(query.EntityName, condition.AttributeName, ValueComparison.Flatten(condition.Values));
                }
            }
        }
        return _store.Rows(query.EntityName);
    }

    private static void AddAll(EntityCollection result, IEnumerable<Entity> entities)
    {
        foreach (var entity in entities) result.Entities.Add(entity);
    }

    /// <summary>
    /// With a cookie, continue after the row it names: by insertion order when the query has no
    /// explicit order (what Dataverse does with sequential ids), else after that row's position.
    /// Without one, PageNumber decides.
    /// </summary>
    private int StartOfPage(IReadOnlyList<JoinedRow> rows, QueryExpression query, PagingInfo? paging, int pageNumber, int pageSize)
    {
        var lastId = PagingCookie.LastId(paging?.PagingCookie);
        if (lastId is { } last && pageNumber > 1)
        {
            if (!HasExplicitOrder(query) && _store.SequenceOf(last) is { } lastSequence)
            {
                var index = rows.ToList().FindIndex(r => _store.SequenceOf(r.Root.Id) > lastSequence);
                return index < 0 ? rows.Count : index;
            }
            var position = rows.ToList().FindLastIndex(r => r.Root.Id == last);
            if (position >= 0) return position + 1;
        }
        return (pageNumber - 1) * pageSize;
    }

    private static bool HasExplicitOrder(QueryExpression query) =>
        query.Orders.Count > 0 || LinkAliases.AllLinks(query.LinkEntities).Any(l => l.Orders.Count > 0);

    private IEnumerable<JoinedRow> Join(
        IEnumerable<JoinedRow> rows, LinkEntity link, string? parentAlias,
        IReadOnlyDictionary<LinkEntity, string> aliases, string rootTable, QueryContext context)
    {
        var alias = aliases[link];
        // Indexed by the join column so a join costs one lookup per row, not a scan.
        var candidates = _store.Rows(link.LinkToEntityName)
            .Where(c => JoinedRow.Value(c, link.LinkToAttributeName) is not null)
            .ToLookup(c => JoinKey(JoinedRow.Value(c, link.LinkToAttributeName)));
        foreach (var row in rows)
        {
            var parent = row.Source(parentAlias, rootTable);
            var fromValue = JoinedRow.Value(parent, link.LinkFromAttributeName);
            var matches = fromValue is null
                ? new List<Entity>()
                : candidates[JoinKey(fromValue)]
                    .Where(c => FilterEvaluator.IsSatisfied(link.LinkCriteria, row.With(alias, c), alias, rootTable, context))
                    .ToList();

            IEnumerable<JoinedRow> joined;
            switch (link.JoinOperator)
            {
                case JoinOperator.Inner:
                case JoinOperator.Natural:
                    joined = matches.Select(m => row.With(alias, m));
                    break;
                case JoinOperator.LeftOuter:
                    joined = matches.Count == 0 ? new[] { row.With(alias, null) } : matches.Select(m => row.With(alias, m));
                    break;
                case JoinOperator.MatchFirstRowUsingCrossApply:
                    joined = matches.Take(1).Select(m => row.With(alias, m));
                    break;
                // Semi-joins filter the parent without multiplying it; their columns are not returned.
                case JoinOperator.In:
                case JoinOperator.Exists:
                case JoinOperator.Any:
                    joined = matches.Count > 0 ? new[] { row.With(alias, matches[0]) } : Array.Empty<JoinedRow>();
                    break;
                case JoinOperator.NotAny:
                    joined = matches.Count == 0 ? new[] { row.With(alias, null) } : Array.Empty<JoinedRow>();
                    break;
                default:
                    throw new NotSupportedException($"The in-memory Dataverse does not support the join operator {link.JoinOperator}.");
            }

            foreach (var joinedRow in joined)
            {
                IEnumerable<JoinedRow> nested = new[] { joinedRow };
                foreach (var child in link.LinkEntities)
                {
                    nested = Join(nested, child, alias, aliases, rootTable, context);
                }
                foreach (var result in nested) yield return result;
            }
        }
    }

    /// <summary>Equal join values (per <see cref="ValueComparison"/>) give equal keys: strings ignore case, Guid strings become Guids.</summary>
    private static object JoinKey(object? value) => ValueComparison.Normalize(value) switch
    {
        string text when Guid.TryParse(text, out var id) => id,
        string text => text.ToUpperInvariant(),
        var other => other!,
    };

    private static IEnumerable<JoinedRow> Order(List<JoinedRow> rows, QueryExpression query, IReadOnlyDictionary<LinkEntity, string> aliases)
    {
        var orders = query.Orders.Select(o => (Alias: string.IsNullOrEmpty(o.EntityName) ? null : o.EntityName, o.AttributeName, o.OrderType))
            .Concat(LinkAliases.AllLinks(query.LinkEntities).SelectMany(l => l.Orders.Select(o => ((string?)aliases[l], o.AttributeName, o.OrderType))))
            .ToList();
        if (orders.Count == 0) return rows;
        IOrderedEnumerable<JoinedRow>? ordered = null;
        foreach (var (alias, attribute, type) in orders)
        {
            Func<JoinedRow, object?> key = r => ValueComparison.Normalize(JoinedRow.Value(r.Source(alias, query.EntityName), attribute));
            var comparer = Comparer<object?>.Create(ValueComparison.Compare);
            ordered = ordered is null
                ? (type == OrderType.Ascending ? rows.OrderBy(key, comparer) : rows.OrderByDescending(key, comparer))
                : (type == OrderType.Ascending ? ordered.ThenBy(key, comparer) : ordered.ThenByDescending(key, comparer));
        }
        return ordered!;
    }

    private static Entity Project(JoinedRow row, QueryExpression query, IReadOnlyDictionary<LinkEntity, string> aliases)
    {
        var entity = ColumnProjection.Project(row.Root, query.ColumnSet ?? new ColumnSet());
        foreach (var link in LinkAliases.AllLinks(query.LinkEntities))
        {
            var alias = aliases[link];
            if (link.Columns is null || !row.Links.TryGetValue(alias, out var linked) || linked is null) continue;
            if (link.JoinOperator is JoinOperator.In or JoinOperator.Exists or JoinOperator.Any or JoinOperator.NotAny) continue;
            var columns = link.Columns.AllColumns ? linked.Attributes.Keys.ToList() : link.Columns.Columns.ToList();
            foreach (var column in columns)
            {
                var value = JoinedRow.Value(linked, column);
                if (value is null) continue;
                entity.Attributes[$"{alias}.{column}"] = new AliasedValue(link.LinkToEntityName, column, ValueCloner.CloneValue(value));
            }
        }
        return entity;
    }

    private static string DistinctKey(Entity entity) =>
        string.Join("|", entity.Attributes
            .Where(a => a.Key != TableNames.PrimaryIdAttribute(entity.LogicalName))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => $"{a.Key}={ValueComparison.Normalize(a.Value)}"));
}
