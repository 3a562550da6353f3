namespace AlumniCrm.DataImport.WebApi;

/// <summary>
/// Which tables accept CreateMultiple, UpdateMultiple and UpsertMultiple in this environment, read
/// from its <c>sdkmessagefilters</c> (not assumed: support differs by table and by environment version).
/// </summary>
public sealed class BulkCapabilities
{
    public const string CreateMultiple = "CreateMultiple";
    public const string UpdateMultiple = "UpdateMultiple";
    public const string UpsertMultiple = "UpsertMultiple";

    private static readonly string[] Messages = [CreateMultiple, UpdateMultiple, UpsertMultiple];

    private readonly Dictionary<string, HashSet<string>> tablesByMessage;

    private BulkCapabilities(Dictionary<string, HashSet<string>> tablesByMessage) => this.tablesByMessage = tablesByMessage;

    public bool Supports(string message, string table) => tablesByMessage.TryGetValue(message, out var tables) && tables.Contains(table);

    public bool SupportsUpsertMultiple(string table) => Supports(UpsertMultiple, table);

    public IReadOnlyCollection<string> UpsertMultipleTables => TablesFor(UpsertMultiple);

    public IReadOnlyCollection<string> TablesFor(string message) =>
        tablesByMessage.TryGetValue(message, out var tables) ? tables : [];

    /// <summary>Two requests: the messages' ids, then their filters.</summary>
    public static async Task<BulkCapabilities> ReadAsync(DataverseWebApiClient client, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var byName = string.Join(" or ", Messages.Select(m => $"name eq '{m}'"));
        await foreach (var message in client.GetAllAsync($"sdkmessages?$select=sdkmessageid,name&$filter={byName}", cancellationToken).ConfigureAwait(false))
        {
            if (message["sdkmessageid"]?.GetValue<string>() is { } id && message["name"]?.GetValue<string>() is { } name) names[id] = name;
        }

        var tables = Messages.ToDictionary(m => m, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        if (names.Count > 0)
        {
            var byMessage = string.Join(" or ", names.Keys.Select(id => $"_sdkmessageid_value eq {id}"));
            var url = $"sdkmessagefilters?$select=primaryobjecttypecode,_sdkmessageid_value&$filter=isvisible eq true and ({byMessage})";
            await foreach (var filter in client.GetAllAsync(url, cancellationToken).ConfigureAwait(false))
            {
                if (filter["primaryobjecttypecode"]?.GetValue<string>() is { } table
                    && filter["_sdkmessageid_value"]?.GetValue<string>() is { } messageId
                    && names.TryGetValue(messageId, out var message))
                {
                    tables[message].Add(table);
                }
            }
        }

        return new BulkCapabilities(tables);
    }
}
