using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class RetrieveHandler : IMessageHandler
{
    public string MessageName => MessageNames.Retrieve;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.LogicalName;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.Id ?? Guid.Empty;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var target = HandlerContext.Parameter<EntityReference>(operation.Request, "Target");
        var entity = context.Writer.Retrieve(target, HandlerContext.OptionalParameter<ColumnSet>(operation.Request, "ColumnSet"));
        operation.PrimaryEntityId = entity.Id;
        operation.Output["Entity"] = entity;
        return Responses.With(new RetrieveResponse(), MessageName, operation.Output);
    }
}
