namespace AlumniCrm.DataImport.WebApi;

/// <summary>A Web API request that failed for good: the HTTP status and Dataverse's error code and message.</summary>
public sealed class WebApiException(int statusCode, string? errorCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>Dataverse's error code (e.g. 0x80040217), when it gave one.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The server could not be reached or kept failing (network, 5xx, throttling beyond the limit).</summary>
    public bool IsUnavailable => StatusCode is 0 or 429 or >= 500;

    /// <summary>Signing in failed or the user has no access.</summary>
    public bool IsAuthorisationFailure => StatusCode is 401 or 403;
}
