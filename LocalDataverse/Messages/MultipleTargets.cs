using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>The Targets of CreateMultiple/UpdateMultiple/UpsertMultiple: one table, as Dataverse requires.</summary>
internal static class MultipleTargets
{
    public static string? TableOf(OrganizationRequest request) =>
        HandlerContext.OptionalParameter<EntityCollection>(request, "Targets") is { } targets
            ? targets.EntityName ?? targets.Entities.FirstOrDefault()?.LogicalName
            : null;

    public static List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer, bool resolveKeys)
    {
        var targets = HandlerContext.Parameter<EntityCollection>(request, "Targets");
        var table = TableOf(request);
        if (targets.Entities.Any(e => e.LogicalName != table))
        {
            throw Faults.DataverseFaults.InvalidArgument($"{request.RequestName}: every target must be a {table} (the Targets' EntityName).");
        }
        return targets.Entities
            .Select(e => new OperationRecord(e.LogicalName, resolveKeys ? RecordIds.Known(writer, e.LogicalName, e.Id, e.KeyAttributes) : e.Id))
            .ToList();
    }
}
