using System.Collections;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Query;

/// <summary>
/// How Dataverse compares column values: a lookup by its id, a choice by its number, money by its
/// amount, numbers by value whatever their CLR type, strings case-insensitively (the default SQL
/// collation) and dates by instant.
/// </summary>
public static class ValueComparison
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        AliasedValue aliased => Normalize(aliased.Value),
        EntityReference reference => reference.Id,
        Entity entity => entity.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        Enum enumValue => Convert.ToInt32(enumValue, CultureInfo.InvariantCulture),
        int or long or short or byte or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? (decimal)d : d,
        float f => (decimal)f,
        DateTime date => date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date,
        _ => value,
    } switch
    {
        int i => (decimal)i,
        var other => other,
    };

    public static bool AreEqual(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a is null || b is null) return a is null && b is null;
        if (a is string s1 && b is string s2) return string.Equals(s1, s2, StringComparison.OrdinalIgnoreCase);
        if (TryAlignGuid(ref a, ref b)) return a.Equals(b);
        if (a is DateTime d1 && b is DateTime d2) return d1.Ticks == d2.Ticks;
        return a.Equals(b);
    }

    /// <summary>Orders values; null sorts first (as SQL Server does ascending).</summary>
    public static int Compare(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a is null || b is null) return a is null ? (b is null ? 0 : -1) : 1;
        if (a is string s1 && b is string s2) return string.Compare(s1, s2, StringComparison.OrdinalIgnoreCase);
        TryAlignGuid(ref a, ref b);
        if (a is DateTime d1 && b is DateTime d2) return d1.Ticks.CompareTo(d2.Ticks);
        if (a.GetType() == b.GetType() && a is IComparable comparable) return comparable.CompareTo(b);
        if (a is bool || b is bool)
        {
            return Comparer<decimal>.Default.Compare(Convert.ToDecimal(a, CultureInfo.InvariantCulture), Convert.ToDecimal(b, CultureInfo.InvariantCulture));
        }
        throw new NotSupportedException($"Cannot compare a {a.GetType().Name} with a {b.GetType().Name}.");
    }

    /// <summary>Condition values may arrive as one array instead of params; flatten them.</summary>
    public static IReadOnlyList<object?> Flatten(IEnumerable<object> values)
    {
        var result = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable items and not string and not byte[] and not OptionSetValueCollection)
            {
                foreach (var item in items) result.Add(item);
            }
            else
            {
                result.Add(value);
            }
        }
        return result;
    }

    private static bool TryAlignGuid(ref object a, ref object b)
    {
        if (a is Guid && b is string sb && Guid.TryParse(sb, out var gb)) { b = gb; return true; }
        if (b is Guid && a is string sa && Guid.TryParse(sa, out var ga)) { a = ga; return true; }
        return a is Guid && b is Guid;
    }
}
