using System.CommandLine;
using AlumniCrm.DataImport.Connection;

namespace AlumniCrm.DataImport.Verbs.Online;

/// <summary>The connection option every online verb has. Secrets only through environment variables, never on the command line.</summary>
public static class OnlineOptions
{
    public static Option<string?> Environment() => new("--environment")
    {
        Description = "The environment URL (https://org.crm4.dynamics.com). Alone, it signs in interactively with a device code. " +
            $"For unattended runs put a connection string in {ConnectionResolver.ConnectionVariable} " +
            "(AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=… | AuthType=Certificate;Url=…;ClientId=…;Thumbprint=… or CertificatePath=…) " +
            $"and the secret, if you like, in {ConnectionResolver.ClientSecretVariable}.",
        HelpName = "URL",
    };
}
