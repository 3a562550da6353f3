using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class AddListMembersListHandler : IMessageHandler
{
    public string MessageName => MessageNames.AddListMembersList;

    public string? PrimaryEntityOf(OrganizationRequest request) => TableNames.List;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Guid>(request, "ListId");

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var listId = HandlerContext.Parameter<Guid>(operation.Request, "ListId");
        foreach (var memberId in HandlerContext.Parameter<Guid[]>(operation.Request, "MemberIds"))
        {
            ListMembers.Add(context, listId, memberId);
        }
        operation.PrimaryEntityId = listId;
        return Responses.With(new AddListMembersListResponse(), MessageName, operation.Output);
    }
}
