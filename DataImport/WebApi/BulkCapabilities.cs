namespace AlumniCrm.DataImport.WebApi;

/// <summary>
/// Which tables accept UpsertMultiple in this environment, read from its <c>sdkmessagefilters</c>
/// (not assumed: support differs by table and by environment version).
/// </summary>
public sealed class BulkCapabilities
{
    public const string UpsertMultiple = "UpsertMultiple";

    private readonly HashSet<string> upsertMultipleTables;

    private BulkCapabilities(HashSet<string> upsertMultipleTables) => this.upsertMultipleTables = upsertMultipleTables;

    public bool SupportsUpsertMultiple(string table) => upsertMultipleTables.Contains(table);

    public IReadOnlyCollection<string> UpsertMultipleTables => upsertMultipleTables;

    /// <summary>Two requests: the message's id, then its filters.</summary>
    public static async Task<BulkCapabilities> ReadAsync(DataverseWebApiClient client, CancellationToken cancellationToken)
    {
        var tables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? messageId = null;
        await foreach (var message in client.GetAllAsync($"sdkmessages?$select=sdkmessageid,name&$filter=name eq '{UpsertMultiple}'", cancellationToken).ConfigureAwait(false))
        {
            messageId = message["sdkmessageid"]?.GetValue<string>();
        }

        if (messageId is not null)
        {
            await foreach (var filter in client.GetAllAsync($"sdkmessagefilters?$select=primaryobjecttypecode&$filter=_sdkmessageid_value eq {messageId} and isvisible eq true", cancellationToken).ConfigureAwait(false))
            {
                if (filter["primaryobjecttypecode"]?.GetValue<string>() is { } table) tables.Add(table);
            }
        }

        return new BulkCapabilities(tables);
    }
}
