using System;
using AlumniCrm.Domain.Privacy;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Privacy;

/// <summary>
/// The one place the suppression HMAC key comes from: the environment variable <c>alm_SuppressionKey</c>
/// (defined in the solution without a value; each environment sets its own). The contact guard, the
/// erasure and <c>alm_FindSuppressedIdentifiers</c> all read it here, so they can never disagree.
/// Read as SYSTEM. The key never changes: entries only match under the key they were made with.
/// </summary>
public static class SuppressionKeySource
{
    public const string EnvironmentVariable = "alm_SuppressionKey";

    public static SuppressionKey Read(IOrganizationService service)
    {
        var configured = EnvironmentVariables.Read(service, EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new RuleViolationException("The suppression key is not configured, so erased people cannot be recognised and nothing was done. "
                + "An administrator must set the environment variable '" + EnvironmentVariable + "' (Suppression key) to base64 text of at least "
                + SuppressionKey.MinimumKeyBytes + " random bytes, once, and never change it (see docs/consent-and-gdpr.md).");
        }
        try
        {
            return SuppressionKey.FromBase64(configured);
        }
        catch (ArgumentException)
        {
            throw new RuleViolationException("The environment variable '" + EnvironmentVariable + "' does not hold a usable suppression key, so nothing was done: "
                + "it must be base64 text of at least " + SuppressionKey.MinimumKeyBytes + " random bytes.");
        }
    }
}
