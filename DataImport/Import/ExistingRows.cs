using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>Reads the environment's rows for a set of alternate-key values, a few hundred keys per request.</summary>
public static class ExistingRows
{
    /// <summary>Keys per query, so the URL stays well under Dataverse's 32 KB limit.</summary>
    public const int KeysPerQuery = 200;

    public static async Task<Dictionary<string, JsonObject>> ReadAsync(
        DataverseWebApiClient client, Tables table, IReadOnlyCollection<string> keys, IEnumerable<string> columns, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        var select = string.Join(",", columns);
        foreach (var chunk in keys.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(KeysPerQuery))
        {
            var url = $"{table.EntitySet}?$select={select}&$filter={ODataText.InFilter(table.KeyColumn, chunk)}";
            await foreach (var row in client.GetAllAsync(url, cancellationToken).ConfigureAwait(false))
            {
                if (row[table.KeyColumn]?.GetValue<string>() is { } key) rows[key] = row;
            }
        }

        return rows;
    }

    /// <summary>Every row of a (small) table: faculties, institutes, programmes.</summary>
    public static async Task<Dictionary<string, JsonObject>> ReadAllAsync(
        DataverseWebApiClient client, Tables table, IEnumerable<string> columns, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, JsonObject>(StringComparer.OrdinalIgnoreCase);
        await foreach (var row in client.GetAllAsync($"{table.EntitySet}?$select={string.Join(",", columns)}", cancellationToken).ConfigureAwait(false))
        {
            if (row[table.KeyColumn]?.GetValue<string>() is { } key) rows[key] = row;
        }

        return rows;
    }
}
