using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Store;

/// <summary>
/// Copies entities and attribute values so that callers never share mutable instances with the
/// store (Dataverse serialises every value across the wire, so a caller can never alias a row).
/// </summary>
public static class ValueCloner
{
    public static Entity CloneEntity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id);
        foreach (var attribute in source.Attributes)
        {
            copy.Attributes[attribute.Key] = CloneValue(attribute.Value);
        }
        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = CloneValue(key.Value);
        }
        foreach (var formatted in source.FormattedValues)
        {
            copy.FormattedValues[formatted.Key] = formatted.Value;
        }
        copy.RowVersion = source.RowVersion;
        return copy;
    }

    public static object? CloneValue(object? value) => value switch
    {
        null => null,
        EntityReference reference => CloneReference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityCollection collection => CloneCollection(collection),
        Entity entity => CloneEntity(entity),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, CloneValue(aliased.Value)),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(CloneReference).ToList()),
        byte[] bytes => bytes.ToArray(),
        _ => value,
    };

    public static EntityReference CloneReference(EntityReference reference)
    {
        var copy = new EntityReference(reference.LogicalName, reference.Id) { Name = reference.Name, RowVersion = reference.RowVersion };
        foreach (var key in reference.KeyAttributes ?? new KeyAttributeCollection())
        {
            copy.KeyAttributes[key.Key] = CloneValue(key.Value);
        }
        return copy;
    }

    private static EntityCollection CloneCollection(EntityCollection collection)
    {
        var copy = new EntityCollection(collection.Entities.Select(CloneEntity).ToList())
        {
            EntityName = collection.EntityName,
            MoreRecords = collection.MoreRecords,
            PagingCookie = collection.PagingCookie,
            TotalRecordCount = collection.TotalRecordCount,
        };
        return copy;
    }
}
