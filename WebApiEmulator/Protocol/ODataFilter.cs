using System.Globalization;
using AlumniCrm.WebApiEmulator.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.WebApiEmulator.Protocol;

/// <summary>
/// The <c>$filter</c> subset the importer uses, as a QueryExpression filter: comparisons
/// (eq ne gt ge lt le), <c>and</c>/<c>or</c>, parentheses, <c>startswith</c>, <c>contains</c> and
/// <c>Microsoft.Dynamics.CRM.In(PropertyName=…,PropertyValues=[…])</c>; <c>_x_value</c> names lookup x.
/// </summary>
public sealed class ODataFilter
{
    private readonly string text;
    private readonly string table;
    private readonly ColumnCatalog columns;
    private int position;

    private ODataFilter(string text, string table, ColumnCatalog columns)
    {
        this.text = text;
        this.table = table;
        this.columns = columns;
    }

    public static FilterExpression Parse(string filter, string table, ColumnCatalog columns)
    {
        var parser = new ODataFilter(filter, table, columns);
        var expression = parser.Or();
        parser.SkipSpaces();
        if (parser.position != filter.Length) throw new FormatException($"Unexpected text in $filter at {parser.position}.");
        return expression;
    }

    private FilterExpression Or()
    {
        var first = And();
        if (!PeekWord("or")) return first;
        var or = new FilterExpression(LogicalOperator.Or);
        or.AddFilter(first);
        while (TakeWord("or")) or.AddFilter(And());
        return or;
    }

    private FilterExpression And()
    {
        var and = new FilterExpression(LogicalOperator.And);
        Primary(and);
        while (TakeWord("and")) Primary(and);
        return and;
    }

    private void Primary(FilterExpression into)
    {
        SkipSpaces();
        if (Take("("))
        {
            into.AddFilter(Or());
            Expect(")");
            return;
        }

        if (Take("Microsoft.Dynamics.CRM.In("))
        {
            Expect("PropertyName=");
            var column = Column((string)Literal()!);
            Expect(",");
            Expect("PropertyValues=[");
            var values = new List<object>();
            do
            {
                values.Add(Typed(column, Literal())!);
            }
            while (Take(","));
            Expect("]");
            Expect(")");
            into.AddCondition(column, ConditionOperator.In, values.ToArray());
            return;
        }

        foreach (var (function, op) in new[] { ("startswith(", ConditionOperator.BeginsWith), ("contains(", ConditionOperator.Contains), ("endswith(", ConditionOperator.EndsWith) })
        {
            if (!Take(function)) continue;
            var column = Column(Identifier());
            Expect(",");
            var value = Literal();
            Expect(")");
            into.AddCondition(column, op, value);
            return;
        }

        var name = Column(Identifier());
        var comparison = Identifier();
        var literal = Literal();
        if (literal is null)
        {
            into.AddCondition(name, comparison == "eq" ? ConditionOperator.Null : ConditionOperator.NotNull);
            return;
        }

        var operatorOf = comparison switch
        {
            "eq" => ConditionOperator.Equal,
            "ne" => ConditionOperator.NotEqual,
            "gt" => ConditionOperator.GreaterThan,
            "ge" => ConditionOperator.GreaterEqual,
            "lt" => ConditionOperator.LessThan,
            "le" => ConditionOperator.LessEqual,
            _ => throw new FormatException($"Unsupported operator '{comparison}'."),
        };
        into.AddCondition(name, operatorOf, Typed(name, literal));
    }

    private static string Column(string name) =>
        name.StartsWith('_') && name.EndsWith("_value", StringComparison.Ordinal) ? name[1..^6] : name;

    private object? Typed(string column, object? literal) => (columns.KindOf(table, column), literal) switch
    {
        (ColumnKind.Lookup or ColumnKind.Identifier, string s) => Guid.Parse(s),
        (ColumnKind.DateOnly or ColumnKind.DateTime, string s) => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        (ColumnKind.Choice or ColumnKind.Integer, decimal d) => (int)d,
        _ => literal,
    };

    private object? Literal()
    {
        SkipSpaces();
        if (Take("'"))
        {
            var builder = new System.Text.StringBuilder();
            while (true)
            {
                if (position >= text.Length) throw new FormatException("Unclosed string in $filter.");
                if (text[position] == '\'')
                {
                    if (position + 1 < text.Length && text[position + 1] == '\'') { builder.Append('\''); position += 2; continue; }
                    position++;
                    return builder.ToString();
                }

                builder.Append(text[position++]);
            }
        }

        var start = position;
        while (position < text.Length && !" ,)]".Contains(text[position])) position++;
        var token = text[start..position];
        if (token == "null") return null;
        if (token == "true") return true;
        if (token == "false") return false;
        if (Guid.TryParse(token, out var guid)) return guid.ToString();
        if (decimal.TryParse(token, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return number;
        return token;
    }

    private string Identifier()
    {
        SkipSpaces();
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '.' or '/')) position++;
        if (start == position) throw new FormatException($"Expected a name in $filter at {start}.");
        return text[start..position];
    }

    private bool PeekWord(string word)
    {
        var saved = position;
        var found = TakeWord(word);
        position = saved;
        return found;
    }

    private bool TakeWord(string word)
    {
        SkipSpaces();
        if (string.CompareOrdinal(text, position, word, 0, word.Length) == 0
            && (position + word.Length == text.Length || text[position + word.Length] is ' ' or '('))
        {
            position += word.Length;
            return true;
        }

        return false;
    }

    private bool Take(string token)
    {
        SkipSpaces();
        if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0) return false;
        position += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Take(token)) throw new FormatException($"Expected '{token}' in $filter at {position}.");
    }

    private void SkipSpaces()
    {
        while (position < text.Length && text[position] == ' ') position++;
    }
}
