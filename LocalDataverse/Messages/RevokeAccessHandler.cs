using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class RevokeAccessHandler : IMessageHandler
{
    public string MessageName => MessageNames.RevokeAccess;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.LogicalName;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.Id ?? Guid.Empty;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var target = HandlerContext.Parameter<EntityReference>(operation.Request, "Target");
        var revokee = HandlerContext.Parameter<EntityReference>(operation.Request, "Revokee");
        var id = context.Writer.ResolveExisting(target.LogicalName, target.Id, target.KeyAttributes);
        context.Sharing.Revoke(new EntityReference(target.LogicalName, id), revokee);
        operation.PrimaryEntityId = id;
        return Responses.With(new RevokeAccessResponse(), MessageName, operation.Output);
    }
}
