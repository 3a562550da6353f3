using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class UpdateHandler : IMessageHandler
{
    public string MessageName => MessageNames.Update;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Entity>(request, "Target")?.LogicalName;

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer)
    {
        var target = HandlerContext.Parameter<Entity>(request, "Target");
        return new List<OperationRecord> { new(target.LogicalName, RecordIds.Known(writer, target.LogicalName, target.Id, target.KeyAttributes)) };
    }

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var id = context.Writer.Update(operation.Target(0), operation.Invocation.UserId);
        operation.Records[0].Id = id;
        operation.PrimaryEntityId = id;
        return Responses.With(new UpdateResponse(), MessageName, operation.Output);
    }
}
