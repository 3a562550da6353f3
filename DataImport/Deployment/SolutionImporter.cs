using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Deployment;

/// <summary>
/// Imports a solution package with the <c>ImportSolutionAsync</c> action (Microsoft Learn, "Import
/// solutions"; Web API reference "ImportSolutionAsync Action") and waits for its asyncoperation:
/// statecode 3 (Completed) with statuscode 30 (Succeeded), 31 (Failed) or 32 (Canceled).
/// <c>PublishWorkflows</c> activates the solution's processes, what <c>pac solution import
/// --activate-plugins</c> asks for.
/// </summary>
public sealed class SolutionImporter(DataverseWebApiClient client)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Timeout = TimeSpan.FromHours(1);

    /// <summary>Null when the import succeeded, else why it did not.</summary>
    public async Task<string?> ImportAsync(byte[] package, CancellationToken cancellationToken)
    {
        var answer = await client.PostAsync("ImportSolutionAsync", new JsonObject
        {
            ["OverwriteUnmanagedCustomizations"] = false,
            ["PublishWorkflows"] = true,
            ["CustomizationFile"] = Convert.ToBase64String(package),
        }, cancellationToken).ConfigureAwait(false);
        var operationId = answer?["AsyncOperationId"]?.GetValue<string>() ?? throw new InvalidDataException("ImportSolutionAsync answered without an AsyncOperationId.");
        var waited = TimeSpan.Zero;
        while (true)
        {
            var operation = (await client.GetAsync($"asyncoperations({operationId})?$select=statecode,statuscode,message", cancellationToken).ConfigureAwait(false))!.AsObject();
            if ((int)operation["statecode"]!.GetValue<decimal>() == 3)
            {
                var status = (int)operation["statuscode"]!.GetValue<decimal>();
                return status == 30 ? null : $"the import ended with status {status}: {operation["message"]?.GetValue<string>() ?? "(no message)"}";
            }

            if (waited >= Timeout) return $"the import did not finish within an hour (system job {operationId})";
            await client.Options.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
            waited += PollInterval;
        }
    }
}
