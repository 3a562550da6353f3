namespace AlumniCrm.LocalDataverse.Metadata;

/// <summary>
/// An N:N relationship. Each association is a row of <see cref="IntersectEntity"/> holding the two
/// ids (as Guid, like Dataverse's intersect columns) — queryable and linkable like any table.
/// </summary>
public sealed record ManyToManyRelationship(
    string SchemaName,
    string IntersectEntity,
    string Entity1,
    string Entity1Attribute,
    string Entity2,
    string Entity2Attribute)
{
    public bool IsSelfReferencing => string.Equals(Entity1, Entity2, StringComparison.Ordinal);
}
