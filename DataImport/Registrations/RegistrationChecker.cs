using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Registrations;

/// <summary>Compares every step file's SdkMessageId with the environment's <c>sdkmessages</c>, by message name (docs/sdk-message-ids.md).</summary>
public static class RegistrationChecker
{
    public static async Task<IReadOnlyList<RegistrationMismatch>> CheckAsync(DataverseWebApiClient client, IReadOnlyList<StepFile> steps, CancellationToken cancellationToken)
    {
        var byName = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<Guid>();
        await foreach (var message in client.GetAllAsync("sdkmessages?$select=sdkmessageid,name", cancellationToken).ConfigureAwait(false))
        {
            var id = Guid.Parse(message["sdkmessageid"]!.GetValue<string>());
            ids.Add(id);
            if (message["name"]?.GetValue<string>() is { } name) byName[name] = id;
        }

        var mismatches = new List<RegistrationMismatch>();
        foreach (var step in steps)
        {
            Guid? expected = step.MessageName is not null && byName.TryGetValue(step.MessageName, out var found) ? found : null;
            if (expected == step.SdkMessageId) continue;
            if (expected is null && ids.Contains(step.SdkMessageId) && step.MessageName is null) continue;
            var problem = expected is null
                ? $"the environment has no message '{step.MessageName ?? "(name not in the step name)"}'"
                : $"the environment's {step.MessageName} is {expected}";
            mismatches.Add(new RegistrationMismatch(step.FileName, step.StepName, step.MessageName, step.SdkMessageId, expected, problem));
        }

        return mismatches;
    }
}
