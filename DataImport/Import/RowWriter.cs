using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Writes rows of one table by alternate-key upsert: UpsertMultiple where the environment supports
/// it for the table, else <c>$batch</c> with continue-on-error. UpsertMultiple is all or nothing, so
/// when it refuses a request the same rows go again as a <c>$batch</c>, which tells which rows are at fault.
/// </summary>
public sealed class RowWriter(DataverseWebApiClient client, BulkCapabilities capabilities)
{
    private long batches;

    /// <summary>Write requests sent (bulk messages and $batch).</summary>
    public long Batches => Interlocked.Read(ref batches);

    /// <summary>Upserts the rows (all of one table); the rows that failed, with reasons.</summary>
    public async Task<IReadOnlyList<(DesiredRow Row, string? Code, string Reason)>> UpsertAsync(IReadOnlyList<DesiredRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var table = rows[0].Table;
        if (capabilities.SupportsUpsertMultiple(table.LogicalName))
        {
            try
            {
                Interlocked.Increment(ref batches);
                var body = new JsonObject { ["Targets"] = new JsonArray(rows.Select(r => (JsonNode?)r.ToBulkTarget()).ToArray()) };
                await client.PostAsync($"{table.EntitySet}/Microsoft.Dynamics.CRM.{BulkCapabilities.UpsertMultiple}", body, cancellationToken).ConfigureAwait(false);
                return [];
            }
            catch (WebApiException exception) when (!exception.IsUnavailable && !exception.IsAuthorisationFailure)
            {
                // One bad row fails the whole request: find it (and let the good rows through) row by row.
            }
        }

        return await UpsertInBatchAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<(DesiredRow Row, string? Code, string Reason)>> UpsertInBatchAsync(IReadOnlyList<DesiredRow> rows, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref batches);
        var operations = rows.Select(r => new BatchOperation("PATCH", r.UpsertUrl, r.ToBody())).ToList();
        var results = await client.SendBatchAsync(operations, cancellationToken).ConfigureAwait(false);
        var failures = new List<(DesiredRow, string?, string)>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!results[i].Succeeded) failures.Add((rows[i], results[i].ErrorCode, results[i].ErrorMessage ?? $"HTTP {results[i].StatusCode}"));
        }

        return failures;
    }
}
