using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AlumniCrm.DataImport.Import;

/// <summary>Compares a value the importer would write with the one the Web API returned.</summary>
public static class JsonValues
{
    public static bool AreEqual(JsonNode? desired, JsonNode? existing)
    {
        if (desired is null || existing is null) return desired is null && existing is null;
        var a = JsonSerializer.SerializeToElement(desired);
        var b = JsonSerializer.SerializeToElement(existing);
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number) return a.GetDecimal() == b.GetDecimal();
        if (a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String)
        {
            var left = a.GetString()!;
            var right = b.GetString()!;
            // A date-only column may come back with a time part.
            if (left.Length == 10 && right.Length > 10 && right.StartsWith(left, StringComparison.Ordinal) && right[10] == 'T') return true;
            return string.Equals(left, right, StringComparison.Ordinal);
        }

        return a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText();
    }

    public static JsonNode Number(decimal value) => JsonValue.Create(value);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
