namespace AlumniCrm.DataImport.WebApi;

/// <summary>The answer to one request of a <c>$batch</c>.</summary>
public sealed record BatchOperationResult(int StatusCode, string? ErrorCode, string? ErrorMessage, string? EntityId)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
