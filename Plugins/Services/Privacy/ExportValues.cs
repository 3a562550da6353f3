using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>Dataverse column values in the export: choices as value and label, lookups as table, id and name.</summary>
public static class ExportValues
{
    public static void Write(JsonText json, Entity row, string column)
    {
        row.Attributes.TryGetValue(column, out var value);
        row.FormattedValues.TryGetValue(column, out var label);
        Write(json, value, label);
    }

    private static void Write(JsonText json, object? value, string? label)
    {
        switch (value)
        {
            case null: json.Null(); break;
            case AliasedValue aliased: Write(json, aliased.Value, label); break;
            case string text: json.String(text); break;
            case bool flag: json.Bool(flag); break;
            case int number: json.Number(number); break;
            case long number: json.Number(number); break;
            case decimal number: json.Number(number); break;
            case double number: json.Number(number); break;
            case Money money: json.Number(money.Value); break;
            case Guid id: json.String(id.ToString("D")); break;
            case DateTime moment: json.String(Iso(moment)); break;
            case OptionSetValue option: Choice(json, option.Value, label); break;
            case OptionSetValueCollection options:
                json.BeginArray();
                foreach (var option in options) Choice(json, option.Value, null);
                json.EndArray();
                break;
            case EntityReference reference:
                json.BeginObject().Name("table").String(reference.LogicalName).Name("id").String(reference.Id.ToString("D"))
                    .Name("name").String(reference.Name ?? label).EndObject();
                break;
            default: json.String(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    /// <summary>UTC, ISO 8601; date-only columns come out at midnight.</summary>
    public static string Iso(DateTime moment) =>
        (moment.Kind == DateTimeKind.Local ? moment.ToUniversalTime() : moment).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void Choice(JsonText json, int value, string? label)
    {
        json.BeginObject().Name("value").Number(value);
        if (label != null) json.Name("label").String(label);
        json.EndObject();
    }
}
