using System.Text.Json;

namespace AlumniCrm.DataImport.WebApi;

/// <summary>Reads Dataverse's OData error body <c>{"error":{"code":…,"message":…}}</c>.</summary>
public static class WebApiError
{
    public static (string? Code, string Message) Parse(string? body, int statusCode)
    {
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.TryGetProperty("error", out var error))
                {
                    var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                    return (code, message ?? $"HTTP {statusCode}");
                }
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's HTML page): fall through to the status.
            }
        }

        return (null, $"HTTP {statusCode}");
    }
}
