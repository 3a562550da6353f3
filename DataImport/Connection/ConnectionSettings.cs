namespace AlumniCrm.DataImport.Connection;

/// <summary>
/// A parsed connection: where and how to sign in. <see cref="ToString"/> never shows the secret or
/// the certificate password, so the settings can be logged safely.
/// </summary>
public sealed record ConnectionSettings
{
    /// <summary>The public client id of Microsoft's Dataverse samples, used for device-code sign-in when none is given.</summary>
    public const string DefaultPublicClientId = "51f81489-12ee-4a9e-aaae-a2591f45987d";

    public required Uri EnvironmentUrl { get; init; }

    public required AuthenticationKind Kind { get; init; }

    public string? ClientId { get; init; }

    public string? ClientSecret { get; init; }

    /// <summary>Tenant id or domain; "organizations" when not given.</summary>
    public string? TenantId { get; init; }

    public string? CertificateThumbprint { get; init; }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary>The OAuth scope Dataverse expects: the environment URL with <c>/.default</c>.</summary>
    public string Scope => EnvironmentUrl.GetLeftPart(UriPartial.Authority) + "/.default";

    public override string ToString() =>
        $"{Kind} to {EnvironmentUrl.GetLeftPart(UriPartial.Authority)}"
        + (ClientId is null ? string.Empty : $" as client {ClientId}")
        + (ClientSecret is null ? string.Empty : " (secret given)")
        + (CertificateThumbprint is null ? string.Empty : $" (certificate {CertificateThumbprint})")
        + (CertificatePath is null ? string.Empty : " (certificate file)");
}
