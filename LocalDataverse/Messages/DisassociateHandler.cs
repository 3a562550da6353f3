using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class DisassociateHandler : IMessageHandler
{
    public string MessageName => MessageNames.Disassociate;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.LogicalName;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "Target")?.Id ?? Guid.Empty;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var target = HandlerContext.Parameter<EntityReference>(operation.Request, "Target");
        var relationship = HandlerContext.Parameter<Relationship>(operation.Request, "Relationship");
        var related = HandlerContext.Parameter<EntityReferenceCollection>(operation.Request, "RelatedEntities");
        var definition = Associations.Relationship(context, relationship);
        foreach (var other in related)
        {
            var (id1, id2) = Associations.Pair(definition, target, other, relationship.PrimaryEntityRole);
            if (Associations.FindLink(context, definition, id1, id2) is { } link) context.Store.Remove(definition.IntersectEntity, link.Id);
        }
        return Responses.With(new DisassociateResponse(), MessageName, operation.Output);
    }
}
