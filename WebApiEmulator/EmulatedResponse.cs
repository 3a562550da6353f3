namespace AlumniCrm.WebApiEmulator;

/// <summary>An answer before it is written to HTTP (also one part of a $batch answer).</summary>
public sealed record EmulatedResponse(int StatusCode, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static EmulatedResponse Json(int status, string body) => new(status, body);

    public static EmulatedResponse NoContent(string? entityId = null) =>
        new(204, null, entityId is null ? null : new Dictionary<string, string> { ["OData-EntityId"] = entityId });

    public static EmulatedResponse Error(int status, string code, string message) =>
        new(status, new System.Text.Json.Nodes.JsonObject
        {
            ["error"] = new System.Text.Json.Nodes.JsonObject { ["code"] = code, ["message"] = message },
        }.ToJsonString());
}
