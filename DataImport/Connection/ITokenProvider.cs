namespace AlumniCrm.DataImport.Connection;

/// <summary>Gives a bearer token for the environment; MSAL in the tool, a fake in tests.</summary>
public interface ITokenProvider
{
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
