using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>
/// Evaluates one condition against one value. SQL three-valued logic is kept: a null column
/// satisfies only Null (and the negative multi-select operator), never NotEqual/NotIn/NotLike,
/// exactly as Dataverse's generated SQL does.
/// </summary>
internal static class ConditionEvaluator
{
    public static bool IsSatisfied(ConditionExpression condition, object? actual, QueryContext context)
    {
        var values = ValueComparison.Flatten(condition.Values);
        var op = condition.Operator;
        switch (op)
        {
            case ConditionOperator.Null: return actual is null;
            case ConditionOperator.NotNull: return actual is not null;
            case ConditionOperator.DoesNotContainValues: return !ContainsAny(actual, values);
        }
        if (actual is null) return false;

        switch (op)
        {
            case ConditionOperator.Equal: return ValueComparison.AreEqual(actual, Single(condition, values));
            case ConditionOperator.NotEqual: return !ValueComparison.AreEqual(actual, Single(condition, values));
            case ConditionOperator.In: return values.Any(v => ValueComparison.AreEqual(actual, v));
            case ConditionOperator.NotIn: return !values.Any(v => ValueComparison.AreEqual(actual, v));
            case ConditionOperator.GreaterThan: return ValueComparison.Compare(actual, Single(condition, values)) > 0;
            case ConditionOperator.GreaterEqual: return ValueComparison.Compare(actual, Single(condition, values)) >= 0;
            case ConditionOperator.LessThan: return ValueComparison.Compare(actual, Single(condition, values)) < 0;
            case ConditionOperator.LessEqual: return ValueComparison.Compare(actual, Single(condition, values)) <= 0;
            case ConditionOperator.Between: return Between(condition, actual, values);
            case ConditionOperator.NotBetween: return !Between(condition, actual, values);
            case ConditionOperator.Like: return LikePattern.IsMatch(Text(actual), Text(Single(condition, values)));
            case ConditionOperator.NotLike: return !LikePattern.IsMatch(Text(actual), Text(Single(condition, values)));
            case ConditionOperator.BeginsWith: return Text(actual).StartsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
            case ConditionOperator.DoesNotBeginWith: return !Text(actual).StartsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
            case ConditionOperator.EndsWith: return Text(actual).EndsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
            case ConditionOperator.DoesNotEndWith: return !Text(actual).EndsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
            // Dataverse runs Contains as a full-text search; a case-insensitive substring match is the honest approximation.
            case ConditionOperator.Contains: return Text(actual).Contains(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
            case ConditionOperator.DoesNotContain: return !Text(actual).Contains(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
            case ConditionOperator.On: return Date(actual) == Date(Single(condition, values));
            case ConditionOperator.NotOn: return Date(actual) != Date(Single(condition, values));
            case ConditionOperator.OnOrBefore: return Date(actual) <= Date(Single(condition, values));
            case ConditionOperator.OnOrAfter: return Date(actual) >= Date(Single(condition, values));
            case ConditionOperator.ContainValues: return ContainsAny(actual, values);
            case ConditionOperator.EqualUserId: return ValueComparison.AreEqual(actual, context.UserId);
            case ConditionOperator.NotEqualUserId: return !ValueComparison.AreEqual(actual, context.UserId);
            case ConditionOperator.EqualBusinessId: return ValueComparison.AreEqual(actual, context.BusinessUnitId);
            case ConditionOperator.NotEqualBusinessId: return !ValueComparison.AreEqual(actual, context.BusinessUnitId);
            case ConditionOperator.Today: return Date(actual) == context.UtcNow.Date;
            case ConditionOperator.Yesterday: return Date(actual) == context.UtcNow.Date.AddDays(-1);
            case ConditionOperator.Tomorrow: return Date(actual) == context.UtcNow.Date.AddDays(1);
            case ConditionOperator.LastXDays:
                return Instant(actual) >= context.UtcNow.Date.AddDays(-Count(condition, values)) && Instant(actual) <= context.UtcNow;
            case ConditionOperator.NextXDays:
                return Instant(actual) >= context.UtcNow && Instant(actual) < context.UtcNow.Date.AddDays(Count(condition, values) + 1);
            case ConditionOperator.OlderThanXDays: return Instant(actual) < context.UtcNow.AddDays(-Count(condition, values));
            case ConditionOperator.OlderThanXMonths: return Instant(actual) < context.UtcNow.AddMonths(-Count(condition, values));
            case ConditionOperator.OlderThanXYears: return Instant(actual) < context.UtcNow.AddYears(-Count(condition, values));
            default:
                throw new NotSupportedException(
                    $"The in-memory Dataverse does not evaluate the condition operator {op} (on '{condition.AttributeName}').");
        }
    }

    private static object? Single(ConditionExpression condition, IReadOnlyList<object?> values) =>
        values.Count == 1
            ? values[0]
            : throw new InvalidOperationException(
                $"The condition operator {condition.Operator} on '{condition.AttributeName}' expects exactly one value, got {values.Count}.");

    private static bool Between(ConditionExpression condition, object actual, IReadOnlyList<object?> values)
    {
        if (values.Count != 2) throw new InvalidOperationException($"Between on '{condition.AttributeName}' expects two values.");
        return ValueComparison.Compare(actual, values[0]) >= 0 && ValueComparison.Compare(actual, values[1]) <= 0;
    }

    private static bool ContainsAny(object? actual, IReadOnlyList<object?> values)
    {
        if (actual is null) return false;
        if (actual is not OptionSetValueCollection options)
        {
            throw new InvalidOperationException("ContainValues/DoesNotContainValues apply to a multi-select choice column only.");
        }
        return options.Any(o => values.Any(v => ValueComparison.AreEqual(o.Value, v)));
    }

    private static int Count(ConditionExpression condition, IReadOnlyList<object?> values) =>
        Convert.ToInt32(Single(condition, values), CultureInfo.InvariantCulture);

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        _ => Convert.ToString(ValueComparison.Normalize(value), CultureInfo.InvariantCulture) ?? "",
    };

    private static DateTime Instant(object? value) => value switch
    {
        DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date,
        string s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        _ => throw new InvalidOperationException($"A date condition needs a date value, got {value?.GetType().Name ?? "null"}."),
    };

    // Dataverse compares the date part in the user's time zone; the environment's users are on UTC.
    private static DateTime Date(object? value) => Instant(value).Date;
}
