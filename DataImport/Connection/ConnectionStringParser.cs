namespace AlumniCrm.DataImport.Connection;

/// <summary>
/// Parses the connection-string format Dataverse tools use
/// (<c>AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=…</c>). Keys are case-insensitive and
/// accept the usual aliases; values may be quoted with ' or ". Error messages name keys, never values.
/// </summary>
public static class ConnectionStringParser
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["authtype"] = "authtype",
        ["auth type"] = "authtype",
        ["url"] = "url",
        ["serviceuri"] = "url",
        ["service uri"] = "url",
        ["server"] = "url",
        ["clientid"] = "clientid",
        ["appid"] = "clientid",
        ["applicationid"] = "clientid",
        ["clientsecret"] = "clientsecret",
        ["secret"] = "clientsecret",
        ["tenantid"] = "tenantid",
        ["tenant"] = "tenantid",
        ["thumbprint"] = "thumbprint",
        ["certificatethumbprint"] = "thumbprint",
        ["certificatepath"] = "certificatepath",
        ["certificatefile"] = "certificatepath",
        ["certificatepassword"] = "certificatepassword",
        ["redirecturi"] = "ignored",
        ["loginprompt"] = "ignored",
        ["username"] = "ignored",
        ["tokencachestorepath"] = "ignored",
        ["requirenewinstance"] = "ignored",
        ["skipdiscovery"] = "ignored",
        ["storename"] = "ignored",
    };

    /// <param name="connectionString">The string to parse.</param>
    /// <param name="clientSecretFallback">Used when a ClientSecret connection has no secret (ALUMNICRM_CLIENT_SECRET).</param>
    public static ConnectionSettings Parse(string connectionString, string? clientSecretFallback = null)
    {
        var values = Split(connectionString);
        var url = ParseUrl(values.GetValueOrDefault("url") ?? throw new ConnectionStringException("The connection string has no Url."));
        var authType = values.GetValueOrDefault("authtype") ?? "OAuth";
        var kind = authType.ToLowerInvariant() switch
        {
            "clientsecret" => AuthenticationKind.ClientSecret,
            "certificate" => AuthenticationKind.Certificate,
            "oauth" or "devicecode" or "interactive" => AuthenticationKind.DeviceCode,
            _ => throw new ConnectionStringException("AuthType must be ClientSecret, Certificate or OAuth (device-code sign-in)."),
        };

        var settings = new ConnectionSettings
        {
            EnvironmentUrl = url,
            Kind = kind,
            ClientId = values.GetValueOrDefault("clientid"),
            ClientSecret = values.GetValueOrDefault("clientsecret") ?? (kind == AuthenticationKind.ClientSecret ? clientSecretFallback : null),
            TenantId = values.GetValueOrDefault("tenantid"),
            CertificateThumbprint = values.GetValueOrDefault("thumbprint"),
            CertificatePath = values.GetValueOrDefault("certificatepath"),
            CertificatePassword = values.GetValueOrDefault("certificatepassword"),
        };
        Check(settings);
        return settings;
    }

    /// <summary>An environment URL alone: interactive device-code sign-in.</summary>
    public static ConnectionSettings ForDeviceCode(string environmentUrl) =>
        new() { EnvironmentUrl = ParseUrl(environmentUrl), Kind = AuthenticationKind.DeviceCode };

    /// <summary>Checks and normalises an environment URL (https, no path needed).</summary>
    public static Uri ParseUrl(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ConnectionStringException("The environment URL must be an absolute https URL such as https://contoso.crm4.dynamics.com.");
        }

        return new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
    }

    private static void Check(ConnectionSettings settings)
    {
        switch (settings.Kind)
        {
            case AuthenticationKind.ClientSecret:
                if (settings.ClientId is null) throw new ConnectionStringException("AuthType=ClientSecret needs ClientId.");
                if (settings.ClientSecret is null)
                {
                    throw new ConnectionStringException("AuthType=ClientSecret needs a secret: ClientSecret in the connection string or the ALUMNICRM_CLIENT_SECRET environment variable.");
                }

                break;
            case AuthenticationKind.Certificate:
                if (settings.ClientId is null) throw new ConnectionStringException("AuthType=Certificate needs ClientId.");
                if (settings.CertificateThumbprint is null == (settings.CertificatePath is null))
                {
                    throw new ConnectionStringException("AuthType=Certificate needs exactly one of Thumbprint and CertificatePath.");
                }

                break;
        }
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (position < connectionString.Length)
        {
            var equals = connectionString.IndexOf('=', position);
            if (equals < 0)
            {
                if (connectionString[position..].Trim().Length > 0) throw new ConnectionStringException("The connection string has a part without '=' (expected Key=Value;…).");
                break;
            }

            var key = connectionString[position..equals].Trim();
            var (value, next) = ReadValue(connectionString, equals + 1);
            position = next;
            if (key.Length == 0) throw new ConnectionStringException("The connection string has an empty key.");
            if (!Aliases.TryGetValue(key, out var canonical)) throw new ConnectionStringException($"Unknown connection string key '{key}'.");
            if (canonical != "ignored" && value.Length > 0) values[canonical] = value;
        }

        return values;
    }

    private static (string Value, int Next) ReadValue(string text, int start)
    {
        var position = start;
        while (position < text.Length && text[position] == ' ') position++;
        if (position < text.Length && text[position] is '\'' or '"')
        {
            var quote = text[position];
            var close = text.IndexOf(quote, position + 1);
            if (close < 0) throw new ConnectionStringException("A quoted value in the connection string is never closed.");
            var after = text.IndexOf(';', close);
            return (text[(position + 1)..close], after < 0 ? text.Length : after + 1);
        }

        var semicolon = text.IndexOf(';', position);
        return semicolon < 0 ? (text[position..].Trim(), text.Length) : (text[position..semicolon].Trim(), semicolon + 1);
    }
}
