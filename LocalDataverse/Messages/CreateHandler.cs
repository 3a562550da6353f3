using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class CreateHandler : IMessageHandler
{
    public string MessageName => MessageNames.Create;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Entity>(request, "Target")?.LogicalName;

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer)
    {
        var target = HandlerContext.Parameter<Entity>(request, "Target");
        return new List<OperationRecord> { new(target.LogicalName, target.Id) };
    }

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var id = context.Writer.Create(operation.Target(0), operation.Invocation.UserId);
        operation.Records[0].Id = id;
        operation.Records[0].Created = true;
        operation.PrimaryEntityId = id;
        operation.Output["id"] = id;
        return Responses.With(new CreateResponse(), MessageName, operation.Output);
    }
}
