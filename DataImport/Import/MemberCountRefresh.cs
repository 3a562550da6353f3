using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// After an import that changed people or qualifications, asks the environment to recount the members
/// (custom API <c>alm_CountMembers</c>), so the pilot dashboard's "members against target" is current.
/// Informational: a refusal (e.g. the application user lacks the privilege) is reported, never fatal.
/// </summary>
public static class MemberCountRefresh
{
    public const string ApiName = "alm_CountMembers";

    /// <summary>Calls the API until the count is finished (a handful of calls at most); null when it could not.</summary>
    public static async Task<int?> RunAsync(DataverseWebApiClient client, Action<string> warn, CancellationToken cancellationToken)
    {
        string? cookie = null;
        for (var call = 0; call < 20; call++)
        {
            JsonNode? answer;
            try
            {
                var body = new JsonObject();
                if (cookie is not null) body["PagingCookie"] = cookie;
                answer = await client.PostAsync(ApiName, body, cancellationToken).ConfigureAwait(false);
            }
            catch (WebApiException exception) when (!exception.IsUnavailable)
            {
                warn($"The member count on the dashboard was not refreshed ({ApiName}: {exception.Message}); a scheduled flow can do it.");
                return null;
            }

            if (answer?["MoreRecords"]?.GetValue<bool>() != true) return answer?["Counted"]?.GetValue<int>();
            cookie = answer["PagingCookie"]?.GetValue<string>();
        }

        warn($"The member count on the dashboard is still being refreshed; a scheduled flow finishes it ({ApiName}).");
        return null;
    }
}
