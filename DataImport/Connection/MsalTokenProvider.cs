using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace AlumniCrm.DataImport.Connection;

/// <summary>
/// Tokens from Microsoft Entra ID through MSAL: client credentials (secret or certificate) or a
/// device-code sign-in. MSAL caches and refreshes the token, so asking before every request is cheap.
/// </summary>
public sealed class MsalTokenProvider : ITokenProvider
{
    private readonly ConnectionSettings settings;
    private readonly Action<string> showDeviceCode;
    private readonly IConfidentialClientApplication? confidential;
    private readonly IPublicClientApplication? publicClient;
    private readonly string[] scopes;

    /// <param name="settings">The parsed connection.</param>
    /// <param name="showDeviceCode">Shows the device-code instructions (URL and code; never a secret) to the user.</param>
    public MsalTokenProvider(ConnectionSettings settings, Action<string> showDeviceCode)
    {
        this.settings = settings;
        this.showDeviceCode = showDeviceCode;
        scopes = [settings.Scope];
        var authority = $"https://login.microsoftonline.com/{settings.TenantId ?? "organizations"}";
        switch (settings.Kind)
        {
            case AuthenticationKind.ClientSecret:
                confidential = ConfidentialClientApplicationBuilder.Create(settings.ClientId)
                    .WithAuthority(authority).WithClientSecret(settings.ClientSecret).Build();
                break;
            case AuthenticationKind.Certificate:
                confidential = ConfidentialClientApplicationBuilder.Create(settings.ClientId)
                    .WithAuthority(authority).WithCertificate(LoadCertificate(settings)).Build();
                break;
            default:
                publicClient = PublicClientApplicationBuilder.Create(settings.ClientId ?? ConnectionSettings.DefaultPublicClientId)
                    .WithAuthority(authority).WithDefaultRedirectUri().Build();
                break;
        }
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (confidential is not null)
        {
            var result = await confidential.AcquireTokenForClient(scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }

        var account = (await publicClient!.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
        if (account is not null)
        {
            try
            {
                return (await publicClient.AcquireTokenSilent(scopes, account).ExecuteAsync(cancellationToken).ConfigureAwait(false)).AccessToken;
            }
            catch (MsalUiRequiredException)
            {
                // The cached sign-in expired: ask again below.
            }
        }

        var signedIn = await publicClient.AcquireTokenWithDeviceCode(scopes, code =>
        {
            showDeviceCode(code.Message);
            return Task.CompletedTask;
        }).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return signedIn.AccessToken;
    }

    public override string ToString() => settings.ToString();

    private static X509Certificate2 LoadCertificate(ConnectionSettings settings)
    {
        if (settings.CertificatePath is { } path)
        {
            try
            {
                return X509CertificateLoader.LoadPkcs12FromFile(path, settings.CertificatePassword);
            }
            catch (Exception exception) when (exception is IOException or System.Security.Cryptography.CryptographicException or UnauthorizedAccessException)
            {
                throw new ConnectionStringException("The certificate file named by CertificatePath cannot be read (missing, or wrong CertificatePassword).");
            }
        }

        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, settings.CertificateThumbprint!, validOnly: false);
            if (found.Count > 0) return found[0];
        }

        throw new ConnectionStringException("No certificate with the given Thumbprint is in the CurrentUser or LocalMachine 'My' store.");
    }
}
