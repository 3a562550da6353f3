using System.Globalization;
using System.Reflection;
using System.ServiceModel;
using System.Text;
using System.Text.Json.Nodes;
using AlumniCrm.LocalDataverse;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.WebApiEmulator.Metadata;
using AlumniCrm.WebApiEmulator.Protocol;
using AlumniCrm.WebApiEmulator.Simulation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.WebApiEmulator;

/// <summary>
/// An in-process Dataverse Web API (the subset the importer uses) on ASP.NET Core's TestServer,
/// translating HTTP to <see cref="IOrganizationService"/> calls on an in-memory Dataverse, so keys,
/// registered plugins and custom APIs apply to what is sent. It can throttle (429 + Retry-After),
/// fail transiently (503/504, dropped connections) and "crash" after K committed writes. The
/// in-memory Dataverse is single-threaded, so requests are carried out one at a time.
/// </summary>
public sealed partial class DataverseWebApiEmulator : IAsyncDisposable
{
    public const string ApiPrefix = "/api/data/v9.2/";
    public static readonly Uri EnvironmentUrl = new("https://alumni-test.crm4.dynamics.com/");

    private readonly object gate = new();
    private readonly WebApplication app;
    private readonly TestServer server;
    private readonly EntityJson json;
    private readonly HashSet<(string Message, string Table)> bulkSupport = new();
    private readonly Queue<FaultKind> writeFaults = new();
    private readonly List<string> bodies = new();
    private int crashAfterWrites = -1;
    private Action? crash;

    public DataverseWebApiEmulator(InMemoryDataverseEnvironment environment, ColumnCatalog columns, EmulatorOptions? options = null)
    {
        Environment = environment;
        Columns = columns;
        Options = options ?? new EmulatorOptions();
        json = new EntityJson(columns);
        SeedSystemTables();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        app = builder.Build();
        app.MapMethods(ApiPrefix + "{**path}", ["GET", "POST", "PATCH", "DELETE"], HandleAsync);
        app.StartAsync().GetAwaiter().GetResult();
        server = app.GetTestServer();
        server.BaseAddress = EnvironmentUrl;
    }

    public InMemoryDataverseEnvironment Environment { get; }

    public ColumnCatalog Columns { get; }

    public EmulatorOptions Options { get; }

    public EmulatorStatistics Statistics { get; } = new();

    public EmulatorClock Clock { get; } = new();

    /// <summary>Throttling: null for none.</summary>
    public ServiceProtectionLimit? Limit { get; set; }

    /// <summary>The bearer token every request must carry (the fake token provider's).</summary>
    public string ExpectedToken { get; set; } = "test-token";

    /// <summary>Request and answer bodies, when <see cref="EmulatorOptions.RecordBodies"/> is on.</summary>
    public IReadOnlyList<string> RecordedBodies
    {
        get
        {
            lock (gate) return bodies.ToList();
        }
    }

    /// <summary>The handler an HttpClient uses to reach the emulator in-process.</summary>
    public HttpMessageHandler CreateHandler() => server.CreateHandler();

    /// <summary>The next write requests fail this way, one each, in order.</summary>
    public void FailNextWrites(params FaultKind[] faults)
    {
        lock (gate)
        {
            foreach (var fault in faults) writeFaults.Enqueue(fault);
        }
    }

    /// <summary>After <paramref name="committedWrites"/> more write requests are carried out, <paramref name="onCrash"/> runs and that answer is lost.</summary>
    public void CrashAfterWrites(int committedWrites, Action onCrash)
    {
        lock (gate)
        {
            crashAfterWrites = Statistics.WriteRequestsCommitted + committedWrites;
            crash = onCrash;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value![ApiPrefix.Length..];
        var query = context.Request.QueryString.Value ?? string.Empty;
        var method = context.Request.Method;
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync().ConfigureAwait(false);
        }

        EmulatedResponse response;
        var dropAnswer = false;
        lock (gate)
        {
            Statistics.CountHttpRequest();
            if (Options.RecordBodies)
            {
                bodies.Add(method + " " + Uri.UnescapeDataString(path + query));
                bodies.Add(body);
            }

            var isWrite = method != "GET" && path != "WhoAmI";
            if (context.Request.Headers.Authorization.ToString() != "Bearer " + ExpectedToken)
            {
                response = EmulatedResponse.Error(401, "0x80072560", "The user is not authenticated.");
            }
            else if (Limit?.Admit(Clock.UtcNow) is { } wait)
            {
                Statistics.CountThrottled();
                var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                response = EmulatedResponse.Error(429, "0x80072322", "Number of requests exceeded the limit of the service-protection window.")
                    with
                { Headers = new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture) } };
            }
            else if (isWrite && writeFaults.Count > 0 && writeFaults.Peek() != FaultKind.DropAfterCommit)
            {
                Statistics.CountFault();
                var fault = writeFaults.Dequeue();
                if (fault == FaultKind.DropConnection)
                {
                    context.Abort();
                    return;
                }

                response = fault == FaultKind.ServiceUnavailable
                    ? EmulatedResponse.Error(503, "0x80044151", "The service is temporarily unavailable.")
                    : EmulatedResponse.Error(504, "0x80044152", "The request timed out at the gateway.");
            }
            else
            {
                response = Dispatch(method, path, query, body, context.Request.Headers.ContentType.ToString(), context.Request.Headers["Prefer"].ToString());
                if (isWrite && response.StatusCode < 300)
                {
                    Statistics.CountCommittedWrite();
                    if (writeFaults.Count > 0 && writeFaults.Peek() == FaultKind.DropAfterCommit)
                    {
                        writeFaults.Dequeue();
                        Statistics.CountFault();
                        dropAnswer = true;
                    }

                    if (crash is not null && Statistics.WriteRequestsCommitted >= crashAfterWrites)
                    {
                        var onCrash = crash;
                        crash = null;
                        onCrash();
                        dropAnswer = true;
                    }
                }
            }

            if (Options.RecordBodies && response.Body is not null) bodies.Add(response.Body);
        }

        if (dropAnswer)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        context.Response.Headers["x-ms-dop-hint"] = Options.DegreeOfParallelismHint.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["OData-Version"] = "4.0";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            if (name == "Content-Type") context.Response.ContentType = value;
            else context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            if (context.Response.ContentType is null) context.Response.ContentType = "application/json; odata.metadata=minimal";
            await context.Response.WriteAsync(response.Body).ConfigureAwait(false);
        }
    }

    /// <summary>Carries out one request (also one part of a $batch). Called under the lock.</summary>
    private EmulatedResponse Dispatch(string method, string path, string query, string body, string contentType, string prefer)
    {
        try
        {
            if (path == "$batch" && method == "POST") return Batch(body, contentType, prefer);
            if (path == "WhoAmI" && method == "GET") return WhoAmI();
            if (DeploymentEndpoint(method, path, body) is { } deployment) return deployment;
            var resource = ResourcePath.Parse(path);
            var table = EntitySets.TableOf(resource.EntitySet);
            return (method, resource) switch
            {
                ("GET", { IsRow: false, Segment: null }) => Query(table, query, path, prefer),
                ("GET", { IsRow: true, Segment: { } navigation }) => RelatedThroughIntersect(table, resource.Id!.Value, navigation),
                ("GET", { IsRow: true }) => Retrieve(table, resource, query),
                ("POST", { IsRow: false, Segment: { } segment }) => Bulk(table, segment, body),
                ("POST", { IsRow: false }) when !IsTable(table) => CustomApi(resource.EntitySet, body),
                ("POST", { IsRow: false }) => Create(table, body, prefer),
                ("PATCH", { IsRow: true }) => Upsert(table, resource, body),
                ("DELETE", { IsRow: true }) => Delete(table, resource),
                _ => EmulatedResponse.Error(501, "0x80060888", $"The emulator does not support {method} {path}."),
            };
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            var code = "0x" + fault.Detail.ErrorCode.ToString("x8", CultureInfo.InvariantCulture);
            var status = fault.Detail.ErrorCode == unchecked((int)0x80040217) ? 404 : 400;
            return EmulatedResponse.Error(status, code, fault.Detail.Message ?? fault.Message);
        }
        catch (InvalidPluginExecutionException exception)
        {
            return EmulatedResponse.Error(400, "0x80040265", exception.Message);
        }
        catch (Exception exception) when (exception is FormatException or InvalidOperationException or KeyNotFoundException or System.Text.Json.JsonException or ArgumentException)
        {
            return EmulatedResponse.Error(400, "0x80048d19", "Bad request: " + exception.Message);
        }
    }

    private bool IsTable(string table) => Columns.HasTable(table);

    private IOrganizationService Service => Environment.CreateService();

    private EmulatedResponse WhoAmI()
    {
        Statistics.CountOperation("WhoAmI");
        var response = Service.Execute(new OrganizationRequest("WhoAmI"));
        return EmulatedResponse.Json(200, new JsonObject
        {
            ["UserId"] = response.Results["UserId"]!.ToString(),
            ["BusinessUnitId"] = response.Results["BusinessUnitId"]!.ToString(),
            ["OrganizationId"] = response.Results["OrganizationId"]!.ToString(),
        }.ToJsonString());
    }

    private EmulatedResponse Query(string table, string queryString, string path, string prefer)
    {
        Statistics.CountOperation("GET " + table);
        var parameters = QueryParameters(queryString);
        var query = new QueryExpression(table) { ColumnSet = Select(parameters) };
        if (parameters.TryGetValue("$filter", out var filter)) query.Criteria = ODataFilter.Parse(filter, table, Columns);
        var pageSize = PageSize(prefer);
        var page = parameters.TryGetValue("$skiptoken", out var token) ? int.Parse(token, CultureInfo.InvariantCulture) : 1;
        if (parameters.TryGetValue("$top", out var top)) query.TopCount = int.Parse(top, CultureInfo.InvariantCulture);
        else query.PageInfo = new PagingInfo { Count = pageSize, PageNumber = page };

        var result = Service.RetrieveMultiple(query);
        var rows = new JsonArray();
        foreach (var entity in result.Entities)
        {
            var row = json.ToJson(entity);
            row[table + "id"] = entity.Id.ToString();
            rows.Add(row);
        }

        var answer = new JsonObject { ["@odata.context"] = $"{EnvironmentUrl}api/data/v9.2/$metadata#{path}", ["value"] = rows };
        if (result.MoreRecords)
        {
            var others = parameters.Where(p => p.Key != "$skiptoken").Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}");
            answer["@odata.nextLink"] = $"{EnvironmentUrl}api/data/v9.2/{path}?{string.Join("&", others.Append($"$skiptoken={page + 1}"))}";
        }

        return EmulatedResponse.Json(200, answer.ToJsonString());
    }

    /// <summary>An N:N navigation (<c>alm_networks(id)/alm_network_studyprogramme</c>): the related rows' ids through the intersect table.</summary>
    private EmulatedResponse RelatedThroughIntersect(string table, Guid id, string relationship)
    {
        Statistics.CountOperation("GET " + relationship);
        var query = new QueryExpression(relationship) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(table + "id", ConditionOperator.Equal, id);
        var rows = new JsonArray();
        foreach (var link in Service.RetrieveMultiple(query).Entities)
        {
            var row = new JsonObject();
            foreach (var (name, value) in link.Attributes)
            {
                if (name != table + "id" && value is Guid other) row[name] = other.ToString();
            }

            rows.Add(row);
        }

        return EmulatedResponse.Json(200, new JsonObject { ["value"] = rows }.ToJsonString());
    }

    private EmulatedResponse Retrieve(string table, ResourcePath resource, string queryString)
    {
        Statistics.CountOperation("GET " + table);
        var entity = Service.Retrieve(table, resource.Id ?? Guid.Empty, Select(QueryParameters(queryString)));
        return EmulatedResponse.Json(200, json.ToJson(entity).ToJsonString());
    }

    private EmulatedResponse Create(string table, string body, string prefer)
    {
        Statistics.CountOperation("Create " + table);
        var entity = json.ToEntity(table, JsonNode.Parse(body)!.AsObject());
        var id = Service.Create(entity);
        var entityId = $"{EnvironmentUrl}api/data/v9.2/{EntitySets.SetOf(table)}({id})";
        if (!prefer.Contains("return=representation", StringComparison.Ordinal)) return EmulatedResponse.NoContent(entityId);
        var row = json.ToJson(Service.Retrieve(table, id, new ColumnSet(true)));
        return new EmulatedResponse(201, row.ToJsonString(), new Dictionary<string, string> { ["OData-EntityId"] = entityId });
    }

    private EmulatedResponse Upsert(string table, ResourcePath resource, string body)
    {
        Statistics.CountOperation("Upsert " + table);
        var entity = json.ToEntity(table, JsonNode.Parse(body)!.AsObject());
        if (resource.Id is { } id) entity.Id = id;
        else entity.KeyAttributes = resource.Keys!;
        var response = (UpsertResponse)Service.Execute(new UpsertRequest { Target = entity });
        return EmulatedResponse.NoContent($"{EnvironmentUrl}api/data/v9.2/{EntitySets.SetOf(table)}({response.Target.Id})");
    }

    private EmulatedResponse Delete(string table, ResourcePath resource)
    {
        Statistics.CountOperation("Delete " + table);
        Service.Execute(new DeleteRequest { Target = resource.Reference(table) });
        return EmulatedResponse.NoContent();
    }

    private EmulatedResponse Bulk(string table, string segment, string body)
    {
        var message = segment.StartsWith("Microsoft.Dynamics.CRM.", StringComparison.Ordinal) ? segment["Microsoft.Dynamics.CRM.".Length..] : segment;
        if (message is not ("CreateMultiple" or "UpdateMultiple" or "UpsertMultiple"))
        {
            return EmulatedResponse.Error(501, "0x80060888", $"The emulator does not support the bound operation {segment}.");
        }

        if (!bulkSupport.Contains((message, table)))
        {
            return EmulatedResponse.Error(400, "0x80040800", $"The '{message}' message is not supported for the '{table}' table.");
        }

        Statistics.CountOperation(message + " " + table);
        var targets = new EntityCollection { EntityName = table };
        foreach (var target in JsonNode.Parse(body)!["Targets"]!.AsArray())
        {
            targets.Entities.Add(json.ToEntity(table, target!.AsObject()));
        }

        var request = new OrganizationRequest(message) { ["Targets"] = targets };
        var response = Service.Execute(request);
        var ids = message switch
        {
            "CreateMultiple" => ((Guid[])response.Results["Ids"]).Select(id => (JsonNode?)id.ToString()).ToArray(),
            "UpsertMultiple" => ((UpsertResponse[])response.Results["Results"]).Select(r => (JsonNode?)r.Target.Id.ToString()).ToArray(),
            _ => [],
        };
        return EmulatedResponse.Json(200, new JsonObject { ["Ids"] = new JsonArray(ids) }.ToJsonString());
    }

    private EmulatedResponse CustomApi(string name, string body)
    {
        Statistics.CountOperation("Action " + name);
        var request = new OrganizationRequest(name);
        if (!string.IsNullOrWhiteSpace(body))
        {
            foreach (var (parameter, value) in JsonNode.Parse(body)!.AsObject())
            {
                request[parameter] = value switch
                {
                    JsonArray array => array.Select(item => item!.GetValue<string>()).ToArray(),
                    JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
                    JsonValue scalar when scalar.TryGetValue<bool>(out var flag) => flag,
                    JsonValue scalar when scalar.TryGetValue<int>(out var number) => number,
                    _ => null,
                };
            }
        }

        var response = Service.Execute(request);
        var answer = new JsonObject();
        foreach (var (property, value) in response.Results)
        {
            answer[property] = value switch
            {
                string[] texts => new JsonArray(texts.Select(t => (JsonNode?)t).ToArray()),
                string text => text,
                bool flag => flag,
                int number => number,
                Guid id => id.ToString(),
                _ => value?.ToString(),
            };
        }

        return EmulatedResponse.Json(200, answer.ToJsonString());
    }

    private static ColumnSet Select(Dictionary<string, string> parameters) =>
        parameters.TryGetValue("$select", out var select)
            ? new ColumnSet(select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.StartsWith('_') && c.EndsWith("_value", StringComparison.Ordinal) ? c[1..^6] : c).ToArray())
            : new ColumnSet(true);

    private static int PageSize(string prefer)
    {
        const string marker = "odata.maxpagesize=";
        var at = prefer.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return 5000;
        var digits = new string(prefer[(at + marker.Length)..].TakeWhile(char.IsDigit).ToArray());
        return Math.Min(5000, int.Parse(digits, CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> QueryParameters(string queryString)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in queryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            parameters[name] = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
        }

        return parameters;
    }

    private static IEnumerable<string> BulkCapableTables() =>
        ["contact", "alm_faculty", "alm_institute", "alm_studyprogramme", "alm_qualification", "alm_consent", "alm_networkmembership", "alm_importrun"];
}
