using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>N:N association: one intersect row per pair; associating a pair twice faults as Dataverse does.</summary>
internal sealed class AssociateHandler : IMessageHandler
{
    public string MessageName => MessageNames.Associate;

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
            if (!context.Store.Exists(definition.Entity1, id1)) throw DataverseFaults.DoesNotExist(definition.Entity1, id1);
            if (!context.Store.Exists(definition.Entity2, id2)) throw DataverseFaults.DoesNotExist(definition.Entity2, id2);
            if (Associations.FindLink(context, definition, id1, id2) != null)
            {
                throw DataverseFaults.Create(ErrorCodes.DuplicateRecord,
                    $"Cannot insert duplicate key: {definition.Entity1} {id1} and {definition.Entity2} {id2} are already associated through {definition.SchemaName}.");
            }
            var linkId = Guid.NewGuid();
            context.Store.Insert(new Entity(definition.IntersectEntity, linkId)
            {
                [TableNames.PrimaryIdAttribute(definition.IntersectEntity)] = linkId,
                [definition.Entity1Attribute] = id1,
                [definition.Entity2Attribute] = id2,
            });
        }
        return Responses.With(new AssociateResponse(), MessageName, operation.Output);
    }
}
