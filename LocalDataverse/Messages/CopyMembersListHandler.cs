using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>CopyMembersList: adds every member of SourceListId to TargetListId (existing members stay once).</summary>
internal sealed class CopyMembersListHandler : IMessageHandler
{
    public string MessageName => MessageNames.CopyMembersList;

    public string? PrimaryEntityOf(OrganizationRequest request) => TableNames.List;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Guid>(request, "TargetListId");

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var sourceListId = HandlerContext.Parameter<Guid>(operation.Request, "SourceListId");
        var targetListId = HandlerContext.Parameter<Guid>(operation.Request, "TargetListId");
        foreach (var memberId in ListMembers.Of(context, sourceListId)) ListMembers.Add(context, targetListId, memberId);
        operation.PrimaryEntityId = targetListId;
        return Responses.With(new OrganizationResponse(), MessageName, operation.Output);
    }
}
