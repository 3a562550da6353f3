using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class DeleteHandler : IMessageHandler
{
    public string MessageName => MessageNames.Delete;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.LogicalName;

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer)
    {
        var target = HandlerContext.Parameter<EntityReference>(request, "Target");
        return new List<OperationRecord> { new(target.LogicalName, RecordIds.Known(writer, target.LogicalName, target.Id, target.KeyAttributes)) };
    }

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var target = HandlerContext.Parameter<EntityReference>(operation.Request, "Target");
        var id = context.Writer.Delete(target);
        context.Sharing.RemoveAllOf(id);
        operation.Records[0].Id = id;
        operation.PrimaryEntityId = id;
        return Responses.With(new DeleteResponse(), MessageName, operation.Output);
    }
}
