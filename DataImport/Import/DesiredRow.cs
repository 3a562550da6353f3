using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// A row as the file wants it: the table, its alternate key, the columns the file has values for
/// (never a null that would erase what CRM holds), lookups by key, and the file rows it came from
/// (so a server error names them).
/// </summary>
public sealed class DesiredRow(Tables table, string keyValue, IReadOnlyList<int> fileRows)
{
    public Tables Table { get; } = table;

    public string KeyValue { get; } = keyValue;

    public IReadOnlyList<int> FileRows { get; } = fileRows;

    public Dictionary<string, JsonNode?> Columns { get; } = new(StringComparer.Ordinal);

    /// <summary>Columns written only when the row is created (e.g. the registration source).</summary>
    public Dictionary<string, JsonNode?> OnCreateColumns { get; } = new(StringComparer.Ordinal);

    public List<LookupBinding> Lookups { get; } = [];

    public RowChange Change { get; set; } = RowChange.Create;

    /// <summary>The id of the environment's row with this key, when there is one.</summary>
    public string? ExistingId { get; set; }

    /// <summary>The PATCH URL of an upsert by alternate key.</summary>
    public string UpsertUrl => ODataText.KeySegment(Table.EntitySet, Table.KeyColumn, KeyValue);

    /// <summary>The JSON body for PATCH (upsert by key in the URL).</summary>
    public JsonObject ToBody()
    {
        var body = new JsonObject { [Table.KeyColumn] = KeyValue };
        foreach (var (column, value) in Columns) body[column] = value?.DeepClone();
        if (Change == RowChange.Create)
        {
            foreach (var (column, value) in OnCreateColumns) body[column] = value?.DeepClone();
        }

        foreach (var lookup in Lookups) body[lookup.Column + "@odata.bind"] = lookup.BindValue;
        return body;
    }

    /// <summary>The JSON of one CreateMultiple target: the body (its key column included) with its type.</summary>
    public JsonObject ToCreateTarget()
    {
        var target = ToBody();
        target["@odata.type"] = "Microsoft.Dynamics.CRM." + Table.LogicalName;
        return target;
    }

    /// <summary>
    /// The JSON of one UpdateMultiple target: the body with its type and the row's primary key
    /// (read when the row was compared); the alternate key when the id is not known.
    /// </summary>
    public JsonObject ToUpdateTarget()
    {
        if (ExistingId is null) return ToBulkTarget();
        var target = ToBody();
        target["@odata.type"] = "Microsoft.Dynamics.CRM." + Table.LogicalName;
        target[Table.PrimaryId] = ExistingId;
        return target;
    }

    /// <summary>The JSON of one UpsertMultiple target: the body with its type and key.</summary>
    public JsonObject ToBulkTarget()
    {
        var target = ToBody();
        target["@odata.type"] = "Microsoft.Dynamics.CRM." + Table.LogicalName;
        target["@odata.id"] = UpsertUrl;
        return target;
    }
}
