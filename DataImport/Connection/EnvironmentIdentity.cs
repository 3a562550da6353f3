using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Connection;

/// <summary>WhoAmI: proves the connection and the sign-in before any work (one request).</summary>
public static class EnvironmentIdentity
{
    public static async Task<string> WhoAmIAsync(DataverseWebApiClient client, CancellationToken cancellationToken)
    {
        var answer = await client.GetAsync("WhoAmI", cancellationToken).ConfigureAwait(false);
        return answer?["UserId"]?.GetValue<string>() ?? throw new WebApiException(0, null, "The environment did not answer WhoAmI: is the URL a Dataverse environment?");
    }
}
