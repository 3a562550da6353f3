using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlumniCrm.WebApiEmulator.Metadata;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.WebApiEmulator.Protocol;

/// <summary>Translates OData JSON entries to SDK entities and back, by the column types of the catalog.</summary>
public sealed class EntityJson(ColumnCatalog columns)
{
    private const string BindSuffix = "@odata.bind";

    /// <summary>A JSON entry as an Entity of <paramref name="table"/>; <c>@odata.id</c> (UpsertMultiple targets) gives the key.</summary>
    public Entity ToEntity(string table, JsonObject json)
    {
        var entity = new Entity(table);
        foreach (var (name, value) in json)
        {
            if (name.EndsWith(BindSuffix, StringComparison.Ordinal))
            {
                var column = name[..^BindSuffix.Length];
                var path = ResourcePath.Parse(value!.GetValue<string>());
                entity[column] = path.Reference(EntitySets.TableOf(path.EntitySet));
                continue;
            }

            if (name == "@odata.id")
            {
                var path = ResourcePath.Parse(value!.GetValue<string>());
                if (path.Id is { } id) entity.Id = id;
                else entity.KeyAttributes = path.Keys!;
                continue;
            }

            if (name.StartsWith('@') || name.Contains('@', StringComparison.Ordinal)) continue;
            entity[name] = ToValue(table, name, value);
            if (columns.KindOf(table, name) == ColumnKind.Identifier && entity[name] is Guid primary) entity.Id = primary;
        }

        return entity;
    }

    public JsonObject ToJson(Entity entity)
    {
        var json = new JsonObject();
        foreach (var (name, value) in entity.Attributes)
        {
            switch (value)
            {
                case null:
                    json[name] = null;
                    break;
                case EntityReference reference:
                    json[$"_{name}_value"] = reference.Id.ToString();
                    break;
                case OptionSetValue option:
                    json[name] = option.Value;
                    break;
                case OptionSetValueCollection options:
                    json[name] = string.Join(",", options.Select(o => o.Value));
                    break;
                case Money money:
                    json[name] = money.Value;
                    break;
                case DateTime date:
                    json[name] = columns.KindOf(entity.LogicalName, name) == ColumnKind.DateOnly
                        ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : DateTime.SpecifyKind(date, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
                    break;
                case Guid guid:
                    json[name] = guid.ToString();
                    break;
                case bool flag:
                    json[name] = flag;
                    break;
                case int or long or decimal or double:
                    json[name] = JsonValue.Create(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                    break;
                case string text:
                    json[name] = text;
                    break;
                case string[] texts:
                    json[name] = new JsonArray(texts.Select(t => (JsonNode?)t).ToArray());
                    break;
            }
        }

        return json;
    }

    /// <summary>A JSON literal as the SDK value the column holds (also for filter literals).</summary>
    public object? ToValue(string table, string column, JsonNode? value)
    {
        if (value is null) return null;
        var element = value.GetValue<JsonElement>();
        if (element.ValueKind == JsonValueKind.Null) return null;
        return columns.KindOf(table, column) switch
        {
            ColumnKind.Integer => element.GetInt32(),
            ColumnKind.BigInteger => element.GetInt64(),
            ColumnKind.Decimal => element.GetDecimal(),
            ColumnKind.Money => new Money(element.GetDecimal()),
            ColumnKind.Boolean => element.GetBoolean(),
            ColumnKind.Choice => new OptionSetValue(element.GetInt32()),
            ColumnKind.Choices => new OptionSetValueCollection(element.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(v => new OptionSetValue(int.Parse(v, CultureInfo.InvariantCulture))).ToList()),
            ColumnKind.DateOnly => DateTime.SpecifyKind(DateTime.ParseExact(element.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture), DateTimeKind.Utc),
            ColumnKind.DateTime => DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            ColumnKind.Identifier or ColumnKind.Lookup => Guid.Parse(element.GetString()!),
            _ => element.ValueKind == JsonValueKind.String ? element.GetString() : element.ToString(),
        };
    }
}
