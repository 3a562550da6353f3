using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Deployment;

/// <summary>
/// Registers deploy-time steps in an environment the way the Plugin Registration Tool, spkl and
/// <c>pac plugin push</c> do: the <c>sdkmessage</c> and <c>sdkmessagefilter</c> (which says whether custom
/// steps are allowed) are looked up by name, the plug-in type by type name, and the step and its images
/// are written by their declared ids (PATCH = create or update), so running it again changes nothing.
/// Images the environment has for a step but the declaration lacks are deleted.
/// </summary>
public sealed class StepRegistrar(DataverseWebApiClient client)
{
    private readonly Dictionary<string, Guid?> _messages = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid?> _pluginTypes = new(StringComparer.Ordinal);

    public async Task<StepOutcome> RegisterAsync(DeployTimeStep step, bool dryRun, CancellationToken cancellationToken)
    {
        var messageId = await MessageIdAsync(step.MessageName, cancellationToken).ConfigureAwait(false);
        if (messageId is null) return Refused(step, $"the environment has no message '{step.MessageName}'");

        Guid? filterId = null;
        if (step.PrimaryEntity is { } table)
        {
            var filter = await FirstAsync(
                $"sdkmessagefilters?$select=sdkmessagefilterid,iscustomprocessingstepallowed&$filter=_sdkmessageid_value eq {messageId} and primaryobjecttypecode eq {ODataText.Literal(table)}",
                cancellationToken).ConfigureAwait(false);
            if (filter is null) return Refused(step, $"the environment has no {step.MessageName} message for the table {table}");
            if (filter["iscustomprocessingstepallowed"]?.GetValue<bool>() != true)
                return Refused(step, $"{step.MessageName} of {table} does not allow custom plug-in steps in this environment");
            filterId = Guid.Parse(filter["sdkmessagefilterid"]!.GetValue<string>());
        }

        var pluginTypeId = await PluginTypeIdAsync(step.PluginTypeName, cancellationToken).ConfigureAwait(false);
        if (pluginTypeId is null) return Refused(step, $"the plug-in type {step.PluginTypeName} is not in the environment: import the solution first");

        var desired = StepBody(step, messageId.Value, filterId, pluginTypeId.Value);
        var existing = await TryGetAsync(
            $"sdkmessageprocessingsteps({step.Id})?$select=name,description,mode,stage,rank,filteringattributes,configuration,asyncautodelete,_sdkmessageid_value,_sdkmessagefilterid_value,_eventhandler_value",
            cancellationToken).ConfigureAwait(false);
        var changes = new List<string>();
        if (existing is null) changes.Add("step");
        else if (!SameStep(existing, desired, messageId.Value, filterId, pluginTypeId.Value)) changes.Add("step settings");

        var declared = step.Images.ToDictionary(i => i.Id);
        var imagesNow = new List<JsonObject>();
        if (existing is not null)
        {
            await foreach (var image in client.GetAllAsync(
                $"sdkmessageprocessingstepimages?$select=sdkmessageprocessingstepimageid,entityalias,imagetype,attributes,messagepropertyname&$filter=_sdkmessageprocessingstepid_value eq {step.Id}",
                cancellationToken).ConfigureAwait(false)) imagesNow.Add(image);
        }

        var imagesToWrite = step.Images.Where(i => !imagesNow.Any(n => SameImage(n, i))).ToList();
        var imagesToDelete = imagesNow.Where(n => !declared.ContainsKey(Guid.Parse(n["sdkmessageprocessingstepimageid"]!.GetValue<string>()))).ToList();
        if (imagesToWrite.Count > 0) changes.Add($"{imagesToWrite.Count} image(s)");
        if (imagesToDelete.Count > 0) changes.Add($"{imagesToDelete.Count} undeclared image(s) removed");
        if (changes.Count == 0) return new StepOutcome(step, StepOutcomeKind.UpToDate, "up to date");

        if (!dryRun)
        {
            if (changes[0] is "step" or "step settings") await client.PatchAsync($"sdkmessageprocessingsteps({step.Id})", desired, cancellationToken).ConfigureAwait(false);
            foreach (var image in imagesToWrite)
                await client.PatchAsync($"sdkmessageprocessingstepimages({image.Id})", ImageBody(step, image), cancellationToken).ConfigureAwait(false);
            foreach (var image in imagesToDelete)
                await client.DeleteAsync($"sdkmessageprocessingstepimages({image["sdkmessageprocessingstepimageid"]!.GetValue<string>()})", cancellationToken).ConfigureAwait(false);
        }

        return new StepOutcome(step, existing is null ? StepOutcomeKind.Created : StepOutcomeKind.Updated, string.Join(", ", changes));
    }

    private static StepOutcome Refused(DeployTimeStep step, string reason) => new(step, StepOutcomeKind.Refused, reason);

    private static JsonObject StepBody(DeployTimeStep step, Guid messageId, Guid? filterId, Guid pluginTypeId)
    {
        var body = new JsonObject
        {
            ["name"] = step.Name,
            ["description"] = step.Description,
            ["mode"] = step.Mode,
            ["stage"] = step.Stage,
            ["rank"] = step.Rank,
            ["filteringattributes"] = step.FilteringAttributes,
            ["configuration"] = step.Configuration,
            ["asyncautodelete"] = step.AsyncAutoDelete,
            ["supporteddeployment"] = 0,
            ["sdkmessageid@odata.bind"] = $"/sdkmessages({messageId})",
            ["eventhandler_plugintype@odata.bind"] = $"/plugintypes({pluginTypeId})",
        };
        if (filterId is { } filter) body["sdkmessagefilterid@odata.bind"] = $"/sdkmessagefilters({filter})";
        return body;
    }

    private static JsonObject ImageBody(DeployTimeStep step, DeployTimeStepImage image) => new()
    {
        ["name"] = image.Alias,
        ["entityalias"] = image.Alias,
        ["imagetype"] = image.ImageType,
        ["messagepropertyname"] = image.MessagePropertyName,
        ["attributes"] = image.Attributes,
        ["sdkmessageprocessingstepid@odata.bind"] = $"/sdkmessageprocessingsteps({step.Id})",
    };

    private static bool SameStep(JsonObject existing, JsonObject desired, Guid messageId, Guid? filterId, Guid pluginTypeId)
    {
        foreach (var column in new[] { "name", "description", "filteringattributes", "configuration" })
            if (!string.Equals(Text(existing[column]), Text(desired[column]), StringComparison.Ordinal)) return false;
        foreach (var column in new[] { "mode", "stage", "rank" })
            if (Number(existing[column]) != desired[column]!.GetValue<int>()) return false;
        return Id(existing["_sdkmessageid_value"]) == messageId && Id(existing["_sdkmessagefilterid_value"]) == filterId
            && Id(existing["_eventhandler_value"]) == pluginTypeId
            && (existing["asyncautodelete"]?.GetValue<bool>() ?? false) == desired["asyncautodelete"]!.GetValue<bool>();
    }

    private static bool SameImage(JsonObject existing, DeployTimeStepImage image) =>
        Id(existing["sdkmessageprocessingstepimageid"]) == image.Id && Text(existing["entityalias"]) == image.Alias
        && Number(existing["imagetype"]) == image.ImageType && Text(existing["attributes"]) == image.Attributes
        && Text(existing["messagepropertyname"]) == image.MessagePropertyName;

    private static string? Text(JsonNode? node) => node?.GetValue<string>() is { Length: > 0 } text ? text : null;

    private static int? Number(JsonNode? node) => node is null ? null : (int)node.GetValue<decimal>();

    private static Guid? Id(JsonNode? node) => node is null ? null : Guid.Parse(node.GetValue<string>());

    private async Task<Guid?> MessageIdAsync(string name, CancellationToken cancellationToken)
    {
        if (_messages.TryGetValue(name, out var known)) return known;
        var row = await FirstAsync($"sdkmessages?$select=sdkmessageid,name&$filter=name eq {ODataText.Literal(name)}", cancellationToken).ConfigureAwait(false);
        return _messages[name] = row is null ? null : Guid.Parse(row["sdkmessageid"]!.GetValue<string>());
    }

    private async Task<Guid?> PluginTypeIdAsync(string typeName, CancellationToken cancellationToken)
    {
        if (_pluginTypes.TryGetValue(typeName, out var known)) return known;
        var row = await FirstAsync($"plugintypes?$select=plugintypeid&$filter=typename eq {ODataText.Literal(typeName)}", cancellationToken).ConfigureAwait(false);
        return _pluginTypes[typeName] = row is null ? null : Guid.Parse(row["plugintypeid"]!.GetValue<string>());
    }

    private async Task<JsonObject?> FirstAsync(string query, CancellationToken cancellationToken)
    {
        await foreach (var row in client.GetAllAsync(query, cancellationToken).ConfigureAwait(false)) return row;
        return null;
    }

    private async Task<JsonObject?> TryGetAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.GetAsync(path, cancellationToken).ConfigureAwait(false))?.AsObject();
        }
        catch (WebApiException exception) when (exception.StatusCode == 404)
        {
            return null;
        }
    }
}
