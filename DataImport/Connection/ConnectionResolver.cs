namespace AlumniCrm.DataImport.Connection;

/// <summary>
/// Decides the connection from the command line and the environment variables: a connection string
/// (<c>--connection</c> or <c>ALUMNICRM_CONNECTION</c>), else <c>--environment URL</c> alone with
/// device-code sign-in. The secret may come from <c>ALUMNICRM_CLIENT_SECRET</c> so it never appears
/// on a command line.
/// </summary>
public static class ConnectionResolver
{
    public const string ConnectionVariable = "ALUMNICRM_CONNECTION";
    public const string ClientSecretVariable = "ALUMNICRM_CLIENT_SECRET";

    public static ConnectionSettings Resolve(string? environmentUrl, string? connectionString, Func<string, string?> environmentVariable)
    {
        var connection = connectionString ?? environmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(connection))
        {
            var settings = ConnectionStringParser.Parse(connection, environmentVariable(ClientSecretVariable));
            if (environmentUrl is not null && ConnectionStringParser.ParseUrl(environmentUrl) != settings.EnvironmentUrl)
            {
                throw new ConnectionStringException("--environment and the connection string name different environments.");
            }

            return settings;
        }

        if (string.IsNullOrWhiteSpace(environmentUrl))
        {
            throw new ConnectionStringException($"Give --environment URL (device-code sign-in) or a connection string in {ConnectionVariable}.");
        }

        return ConnectionStringParser.ForDeviceCode(environmentUrl);
    }
}
