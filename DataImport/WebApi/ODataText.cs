using System.Globalization;

namespace AlumniCrm.DataImport.WebApi;

/// <summary>OData literals and key segments, escaped as the Web API requires.</summary>
public static class ODataText
{
    /// <summary>A string literal: single quotes doubled, then URL-escaped (for use in a URL).</summary>
    public static string Literal(string value) => "'" + Uri.EscapeDataString(value.Replace("'", "''", StringComparison.Ordinal)) + "'";

    /// <summary>A row by alternate key: <c>contacts(alm_fsstudentnumber='123')</c>.</summary>
    public static string KeySegment(string entitySet, string keyColumn, string keyValue) => $"{entitySet}({keyColumn}={Literal(keyValue)})";

    /// <summary>A row by alternate key with two columns.</summary>
    public static string KeySegment(string entitySet, IReadOnlyList<(string Column, string Value)> key) =>
        $"{entitySet}({string.Join(",", key.Select(k => $"{k.Column}={Literal(k.Value)}"))})";

    /// <summary>The <c>Microsoft.Dynamics.CRM.In</c> filter function for many values of one column.</summary>
    public static string InFilter(string column, IEnumerable<string> values) =>
        $"Microsoft.Dynamics.CRM.In(PropertyName='{column}',PropertyValues=[{string.Join(",", values.Select(Literal))}])";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
