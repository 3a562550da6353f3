using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Metadata;
using AlumniCrm.LocalDataverse.Query;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>Finds the N:N relationship of an Associate/Disassociate and orders a pair as (entity1 id, entity2 id).</summary>
internal static class Associations
{
    public static ManyToManyRelationship Relationship(HandlerContext context, Relationship relationship) =>
        context.Schema.FindManyToMany(relationship.SchemaName)
        ?? throw DataverseFaults.InvalidArgument(
            $"The relationship {relationship.SchemaName} is not a declared N:N relationship; declare it with DeclareManyToMany.");

    public static (Guid Entity1Id, Guid Entity2Id) Pair(ManyToManyRelationship relationship, EntityReference target, EntityReference related, EntityRole? role)
    {
        var targetIsEntity1 = relationship.IsSelfReferencing ? role != EntityRole.Referenced : target.LogicalName == relationship.Entity1;
        var (first, second) = targetIsEntity1 ? (target, related) : (related, target);
        if (first.LogicalName != relationship.Entity1 || second.LogicalName != relationship.Entity2)
        {
            throw DataverseFaults.InvalidArgument(
                $"{relationship.SchemaName} relates {relationship.Entity1} and {relationship.Entity2}, not {target.LogicalName} and {related.LogicalName}.");
        }
        return (first.Id, second.Id);
    }

    public static Entity? FindLink(HandlerContext context, ManyToManyRelationship relationship, Guid entity1Id, Guid entity2Id) =>
        context.Store.RowsUnordered(relationship.IntersectEntity).FirstOrDefault(row =>
            ValueComparison.AreEqual(JoinedRow.Value(row, relationship.Entity1Attribute), entity1Id)
            && ValueComparison.AreEqual(JoinedRow.Value(row, relationship.Entity2Attribute), entity2Id));
}
