using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Writes rows of one table. New rows go as CreateMultiple and changed rows as UpdateMultiple where
/// the environment supports them for the table: those are the messages whose registered plugin steps
/// run once per batch (an UpsertMultiple runs the Create/Update steps row by row). Otherwise
/// UpsertMultiple, else <c>$batch</c> with continue-on-error. A bulk message is all or nothing, so when
/// it refuses a request the same rows go again as a <c>$batch</c>, which tells which rows are at fault.
/// </summary>
public sealed class RowWriter(DataverseWebApiClient client, BulkCapabilities capabilities)
{
    private long batches;

    /// <summary>Write requests sent (bulk messages and $batch).</summary>
    public long Batches => Interlocked.Read(ref batches);

    /// <summary>Writes the rows (all of one table); the rows that failed, with reasons.</summary>
    public async Task<IReadOnlyList<(DesiredRow Row, string? Code, string Reason)>> UpsertAsync(IReadOnlyList<DesiredRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        var table = rows[0].Table.LogicalName;
        var creates = rows.Where(r => r.Change == RowChange.Create).ToList();
        var updates = rows.Where(r => r.Change != RowChange.Create).ToList();
        if (capabilities.Supports(BulkCapabilities.CreateMultiple, table) && capabilities.Supports(BulkCapabilities.UpdateMultiple, table))
        {
            var failures = new List<(DesiredRow, string?, string)>();
            failures.AddRange(await BulkOrBatchAsync(BulkCapabilities.CreateMultiple, creates, r => r.ToCreateTarget(), cancellationToken).ConfigureAwait(false));
            failures.AddRange(await BulkOrBatchAsync(BulkCapabilities.UpdateMultiple, updates, r => r.ToUpdateTarget(), cancellationToken).ConfigureAwait(false));
            return failures;
        }

        if (capabilities.SupportsUpsertMultiple(table))
            return await BulkOrBatchAsync(BulkCapabilities.UpsertMultiple, rows, r => r.ToBulkTarget(), cancellationToken).ConfigureAwait(false);

        return await UpsertInBatchAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Creates rows of a table without an alternate key (ledger rows): CreateMultiple where supported,
    /// else (or to find the refused rows) <c>$batch</c> POSTs. Each body carries its primary key, so a
    /// row that already exists with that id (an earlier attempt whose answer was lost) counts as created.
    /// </summary>
    /// <returns>The index of each body that failed, with the reason.</returns>
    public async Task<IReadOnlyList<(int Index, string? Code, string Reason)>> CreateAsync(Tables table, IReadOnlyList<JsonObject> bodies, CancellationToken cancellationToken)
    {
        if (bodies.Count == 0) return [];
        if (capabilities.Supports(BulkCapabilities.CreateMultiple, table.LogicalName))
        {
            try
            {
                Interlocked.Increment(ref batches);
                var targets = bodies.Select(b =>
                {
                    var target = (JsonObject)b.DeepClone();
                    target["@odata.type"] = "Microsoft.Dynamics.CRM." + table.LogicalName;
                    return (JsonNode?)target;
                }).ToArray();
                await client.PostAsync($"{table.EntitySet}/Microsoft.Dynamics.CRM.{BulkCapabilities.CreateMultiple}", new JsonObject { ["Targets"] = new JsonArray(targets) }, cancellationToken).ConfigureAwait(false);
                return [];
            }
            catch (WebApiException exception) when (!exception.IsUnavailable && !exception.IsAuthorisationFailure)
            {
                // All or nothing: nothing was created; go row by row to let the good rows through and name the bad ones.
            }
        }

        Interlocked.Increment(ref batches);
        var results = await client.SendBatchAsync(bodies.Select(b => new BatchOperation("POST", table.EntitySet, b)).ToList(), cancellationToken).ConfigureAwait(false);
        var failures = new List<(int, string?, string)>();
        for (var i = 0; i < bodies.Count; i++)
        {
            if (!results[i].Succeeded && !string.Equals(results[i].ErrorCode, DuplicateRecordCode, StringComparison.OrdinalIgnoreCase))
                failures.Add((i, results[i].ErrorCode, results[i].ErrorMessage ?? $"HTTP {results[i].StatusCode}"));
        }

        return failures;
    }

    private const string DuplicateRecordCode = "0x80040237";

    private async Task<IReadOnlyList<(DesiredRow Row, string? Code, string Reason)>> BulkOrBatchAsync(
        string message, IReadOnlyList<DesiredRow> rows, Func<DesiredRow, JsonObject> target, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return [];
        try
        {
            Interlocked.Increment(ref batches);
            var body = new JsonObject { ["Targets"] = new JsonArray(rows.Select(r => (JsonNode?)target(r)).ToArray()) };
            await client.PostAsync($"{rows[0].Table.EntitySet}/Microsoft.Dynamics.CRM.{message}", body, cancellationToken).ConfigureAwait(false);
            return [];
        }
        catch (WebApiException exception) when (!exception.IsUnavailable && !exception.IsAuthorisationFailure)
        {
            // One bad row fails the whole request: find it (and let the good rows through) row by row.
            return await UpsertInBatchAsync(rows, cancellationToken).ConfigureAwait(false);
        }
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
