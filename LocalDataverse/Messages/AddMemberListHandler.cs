using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class AddMemberListHandler : IMessageHandler
{
    public string MessageName => MessageNames.AddMemberList;

    public string? PrimaryEntityOf(OrganizationRequest request) => TableNames.List;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Guid>(request, "ListId");

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var listId = HandlerContext.Parameter<Guid>(operation.Request, "ListId");
        var entityId = HandlerContext.Parameter<Guid>(operation.Request, "EntityId");
        operation.Output["Id"] = ListMembers.Add(context, listId, entityId);
        operation.PrimaryEntityId = listId;
        return Responses.With(new AddMemberListResponse(), MessageName, operation.Output);
    }
}
