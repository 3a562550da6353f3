using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class UpsertHandler : IMessageHandler
{
    public string MessageName => MessageNames.Upsert;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Entity>(request, "Target")?.LogicalName;

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer)
    {
        var target = HandlerContext.Parameter<Entity>(request, "Target");
        return new List<OperationRecord> { new(target.LogicalName, RecordIds.Known(writer, target.LogicalName, target.Id, target.KeyAttributes)) };
    }

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var target = operation.Target(0);
        var (id, created) = UpsertCore.Run(target, operation, context);
        operation.Records[0].Id = id;
        operation.Records[0].Created = created;
        operation.PrimaryEntityId = id;
        var response = UpsertCore.Response(target.LogicalName, id, created);
        foreach (var result in response.Results) operation.Output[result.Key] = result.Value;
        response.Results = operation.Output;
        return response;
    }
}
