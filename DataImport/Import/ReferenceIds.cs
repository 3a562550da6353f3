using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>The ids of the environment's faculties, institutes and programmes by code, and their rows.</summary>
public sealed class ReferenceIds
{
    private readonly Dictionary<string, Dictionary<string, JsonObject>> rows = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonObject> RowsOf(Tables table) =>
        rows.TryGetValue(table.LogicalName, out var found) ? found : new Dictionary<string, JsonObject>();

    public string? IdOf(Tables table, string code) =>
        rows.TryGetValue(table.LogicalName, out var found) && found.TryGetValue(code, out var row) ? row[table.PrimaryId]?.GetValue<string>() : null;

    /// <summary>Three requests (small tables, read whole).</summary>
    public static async Task<ReferenceIds> ReadAsync(DataverseWebApiClient client, CancellationToken cancellationToken)
    {
        var ids = new ReferenceIds();
        ids.rows[Tables.Faculty.LogicalName] = await ExistingRows.ReadAllAsync(client, Tables.Faculty,
            ["alm_facultyid", "alm_code", "alm_name"], cancellationToken).ConfigureAwait(false);
        ids.rows[Tables.Institute.LogicalName] = await ExistingRows.ReadAllAsync(client, Tables.Institute,
            ["alm_instituteid", "alm_code", "alm_name", "_alm_facultyid_value"], cancellationToken).ConfigureAwait(false);
        ids.rows[Tables.Programme.LogicalName] = await ExistingRows.ReadAllAsync(client, Tables.Programme,
            ["alm_studyprogrammeid", "alm_code", "alm_name", "alm_fsstudylevelcode", "alm_degreelevel", "_alm_facultyid_value", "_alm_instituteid_value"], cancellationToken).ConfigureAwait(false);
        return ids;
    }

    /// <summary>Decides Create/Update/Unchanged for the file's reference rows.</summary>
    public void Decide(IEnumerable<DesiredRow> referenceRows)
    {
        foreach (var row in referenceRows)
        {
            var existing = RowsOf(row.Table).GetValueOrDefault(row.KeyValue);
            RowComparer.Apply(row, existing, lookup => IdOf(lookup.Target, lookup.KeyValue));
        }
    }
}
