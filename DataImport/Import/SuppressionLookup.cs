using System.Text.Json.Nodes;
using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Asks the environment which people were erased (custom API <c>alm_FindSuppressedIdentifiers</c>):
/// the hash key stays in Dataverse, the importer only learns which of its identifiers are suppressed.
/// </summary>
public static class SuppressionLookup
{
    public const string ApiName = "alm_FindSuppressedIdentifiers";

    /// <summary>The student numbers of the people that must not be imported (also when matched by person number).</summary>
    public static async Task<HashSet<string>> FindSuppressedAsync(DataverseWebApiClient client, IReadOnlyCollection<PersonUnit> people, CancellationToken cancellationToken)
    {
        var suppressed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (people.Count == 0) return suppressed;
        var body = new JsonObject
        {
            ["StudentNumbers"] = new JsonArray(people.Select(p => (JsonNode?)p.StudentNumber).ToArray()),
            ["PersonNumbers"] = new JsonArray(people.Where(p => p.PersonNumber is not null).Select(p => (JsonNode?)p.PersonNumber).Distinct().ToArray()),
        };
        JsonNode? answer;
        try
        {
            answer = await client.PostAsync(ApiName, body, cancellationToken).ConfigureAwait(false);
        }
        catch (WebApiException exception) when (exception.StatusCode is 400 or 404 && !exception.IsUnavailable)
        {
            throw new EnvironmentNotReadyException(
                $"The environment cannot say who was erased ({ApiName}: {exception.Message}). Fix that in the environment before importing graduates: without it, erased people would come back.");
        }

        var students = Strings(answer?["SuppressedStudentNumbers"]);
        var persons = Strings(answer?["SuppressedPersonNumbers"]);
        foreach (var person in people)
        {
            if (students.Contains(person.StudentNumber) || (person.PersonNumber is { } number && persons.Contains(number))) suppressed.Add(person.StudentNumber);
        }

        return suppressed;
    }

    private static HashSet<string> Strings(JsonNode? node) =>
        node is JsonArray array
            ? array.Select(item => item?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
