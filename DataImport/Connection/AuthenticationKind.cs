namespace AlumniCrm.DataImport.Connection;

/// <summary>How the importer signs in to Dataverse (the <c>AuthType</c> of a connection string).</summary>
public enum AuthenticationKind
{
    /// <summary>An app registration with a client secret (unattended runs).</summary>
    ClientSecret,

    /// <summary>An app registration with a certificate, by thumbprint from the store or from a file.</summary>
    Certificate,

    /// <summary>A person signs in interactively with a device code (the default for <c>--environment URL</c> alone).</summary>
    DeviceCode,
}
