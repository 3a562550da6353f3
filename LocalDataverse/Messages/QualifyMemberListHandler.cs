using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// QualifyMemberList: with OverrideorRemove true the list's members become exactly MembersId (new
/// ones added, others removed); with false the given members are removed.
/// </summary>
internal sealed class QualifyMemberListHandler : IMessageHandler
{
    public string MessageName => MessageNames.QualifyMemberList;

    public string? PrimaryEntityOf(OrganizationRequest request) => TableNames.List;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Guid>(request, "ListId");

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var listId = HandlerContext.Parameter<Guid>(operation.Request, "ListId");
        var members = HandlerContext.Parameter<Guid[]>(operation.Request, "MembersId");
        var overrideMembers = HandlerContext.Parameter<bool>(operation.Request, "OverrideorRemove");
        if (overrideMembers)
        {
            foreach (var existing in ListMembers.Of(context, listId).Except(members)) ListMembers.Remove(context, listId, existing);
            foreach (var memberId in members) ListMembers.Add(context, listId, memberId);
        }
        else
        {
            foreach (var memberId in members) ListMembers.Remove(context, listId, memberId);
        }
        operation.PrimaryEntityId = listId;
        return Responses.With(new OrganizationResponse(), MessageName, operation.Output);
    }
}
