using System.Text.Json.Nodes;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Deployment;

/// <summary>
/// Puts deploy-time steps into a solution with <c>AddSolutionComponent</c> (component type 92), so
/// they travel and are removed with it. Components cannot be added to a managed solution: where
/// AlumniCrm is managed (production), the steps go into an unmanaged solution of the same publisher,
/// <see cref="HoldingSolution"/>, created on first use, where administrators find (and can remove) them.
/// </summary>
public sealed class SolutionMembership(DataverseWebApiClient client)
{
    public const string ProductSolution = "AlumniCrm";
    public const string HoldingSolution = "AlumniCrmDeploymentSteps";
    public const int StepComponentType = 92;

    /// <summary>The solution the steps belong in, or null (and why) when there is none to use.</summary>
    public async Task<(string? UniqueName, Guid Id, string? Problem)> TargetAsync(bool create, CancellationToken cancellationToken)
    {
        var product = await SolutionAsync(ProductSolution, cancellationToken).ConfigureAwait(false);
        if (product is null) return (null, Guid.Empty, $"the environment has no solution {ProductSolution}: import it first (deploy --package)");
        if (product["ismanaged"]?.GetValue<bool>() != true) return (ProductSolution, Guid.Parse(product["solutionid"]!.GetValue<string>()), null);

        var holding = await SolutionAsync(HoldingSolution, cancellationToken).ConfigureAwait(false);
        if (holding is not null) return (HoldingSolution, Guid.Parse(holding["solutionid"]!.GetValue<string>()), null);
        if (!create) return (HoldingSolution, Guid.Empty, null);
        var publisherId = Guid.Parse(product["_publisherid_value"]!.GetValue<string>());
        await client.PostAsync("solutions", new JsonObject
        {
            ["uniquename"] = HoldingSolution,
            ["friendlyname"] = "AlumniCrm deployment steps",
            ["version"] = "1.0.0.0",
            ["publisherid@odata.bind"] = $"/publishers({publisherId})",
        }, cancellationToken).ConfigureAwait(false);
        holding = await SolutionAsync(HoldingSolution, cancellationToken).ConfigureAwait(false);
        return (HoldingSolution, Guid.Parse(holding!["solutionid"]!.GetValue<string>()), null);
    }

    /// <summary>Adds the steps the solution does not hold yet; returns how many were added (or would be).</summary>
    public async Task<int> AddStepsAsync(string uniqueName, Guid solutionId, IEnumerable<Guid> stepIds, bool dryRun, CancellationToken cancellationToken)
    {
        var present = new HashSet<Guid>();
        if (solutionId != Guid.Empty)
        {
            await foreach (var component in client.GetAllAsync(
                $"solutioncomponents?$select=objectid&$filter=_solutionid_value eq {solutionId} and componenttype eq {StepComponentType}", cancellationToken).ConfigureAwait(false))
            {
                present.Add(Guid.Parse(component["objectid"]!.GetValue<string>()));
            }
        }

        var missing = stepIds.Where(id => !present.Contains(id)).ToList();
        if (dryRun) return missing.Count;
        foreach (var id in missing)
        {
            await client.PostAsync("AddSolutionComponent", new JsonObject
            {
                ["ComponentId"] = id.ToString(),
                ["ComponentType"] = StepComponentType,
                ["SolutionUniqueName"] = uniqueName,
                ["AddRequiredComponents"] = false,
            }, cancellationToken).ConfigureAwait(false);
        }

        return missing.Count;
    }

    private async Task<JsonObject?> SolutionAsync(string uniqueName, CancellationToken cancellationToken)
    {
        await foreach (var row in client.GetAllAsync(
            $"solutions?$select=solutionid,ismanaged,_publisherid_value&$filter=uniquename eq {ODataText.Literal(uniqueName)}", cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return null;
    }
}
