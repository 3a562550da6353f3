using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>Evaluates a (nested) And/Or filter; a condition's EntityName names a link alias.</summary>
internal static class FilterEvaluator
{
    /// <param name="defaultAlias">Whose columns unqualified conditions read: null for the root, the link alias inside LinkCriteria.</param>
    public static bool IsSatisfied(FilterExpression? filter, JoinedRow row, string? defaultAlias, string rootTable, QueryContext context)
    {
        if (filter is null) return true;
        var results = filter.Conditions.Select(c => IsSatisfied(c, row, defaultAlias, rootTable, context))
            .Concat(filter.Filters.Select(f => IsSatisfied(f, row, defaultAlias, rootTable, context)));
        return filter.FilterOperator == LogicalOperator.Or
            ? filter.Conditions.Count + filter.Filters.Count == 0 || results.Any(r => r)
            : results.All(r => r);
    }

    private static bool IsSatisfied(ConditionExpression condition, JoinedRow row, string? defaultAlias, string rootTable, QueryContext context)
    {
        if (condition.CompareColumns)
        {
            throw new NotSupportedException("The in-memory Dataverse does not evaluate column-comparison conditions.");
        }
        var source = row.Source(string.IsNullOrEmpty(condition.EntityName) ? defaultAlias : condition.EntityName, rootTable);
        return ConditionEvaluator.IsSatisfied(condition, JoinedRow.Value(source, condition.AttributeName), context);
    }
}
