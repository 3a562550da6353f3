using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Client;

namespace Microsoft.Xrm.Sdk;

public class Entity : IExtensibleDataObject
{
    private Guid _id;

    public Entity()
        : this((string)null)
    {
    }

    public Entity(string entityName)
    {
        LogicalName = entityName;
        Attributes = new AttributeCollection();
        FormattedValues = new FormattedValueCollection();
        RelatedEntities = new RelatedEntityCollection();
        KeyAttributes = new KeyAttributeCollection();
    }

    public Entity(string entityName, Guid id)
        : this(entityName)
    {
        _id = id;
    }

    public Entity(string entityName, string keyName, object keyValue)
        : this(entityName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public Entity(string entityName, KeyAttributeCollection keyAttributes)
        : this(entityName)
    {
        KeyAttributes = keyAttributes ?? new KeyAttributeCollection();
    }

    public string LogicalName { get; set; }

    public virtual Guid Id
    {
        get { return _id; }
        set { _id = value; }
    }

    public AttributeCollection Attributes { get; set; }

    public EntityState? EntityState { get; set; }

    public FormattedValueCollection FormattedValues { get; set; }

    public RelatedEntityCollection RelatedEntities { get; set; }

    public string RowVersion { get; set; }

    public KeyAttributeCollection KeyAttributes { get; set; }

    public bool HasLazyFileAttribute { get; set; }

    public string LazyFileAttributeKey { get; set; }

    public Lazy<object> LazyFileAttributeValue { get; set; }

    public string LazyFileSizeAttributeKey { get; set; }

    public int LazyFileSizeAttributeValue { get; set; }

    // Get throws KeyNotFoundException for an absent attribute; set adds or replaces.
    public object this[string attributeName]
    {
        get { return Attributes[attributeName]; }
        set { Attributes[attributeName] = value; }
    }

    public ExtensionDataObject ExtensionData { get; set; }

    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    public T ToEntity<T>() where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            CopyTo(copy);
            return (T)copy;
        }

        var logicalNameAttribute = typeof(T).GetCustomAttribute<EntityLogicalNameAttribute>();
        if (logicalNameAttribute == null)
        {
            throw new NotSupportedException($"{typeof(T).FullName} has no EntityLogicalNameAttribute.");
        }
        if (!string.IsNullOrEmpty(LogicalName) && LogicalName != logicalNameAttribute.LogicalName)
        {
            throw new NotSupportedException(
                $"Cannot convert an entity of type '{LogicalName}' to {typeof(T).FullName} ('{logicalNameAttribute.LogicalName}').");
        }

        var typed = Activator.CreateInstance<T>();
        CopyTo(typed);
        typed.LogicalName = logicalNameAttribute.LogicalName;
        return typed;
    }

    // Without an Id the reference is only identifiable by its alternate key.
    public EntityReference ToEntityReference()
    {
        // As Microsoft's SDK: logical name, id and row version only; alternate keys are never copied.
        return new EntityReference(LogicalName, Id) { RowVersion = RowVersion };
    }

    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        if (Attributes.TryGetValue(attributeLogicalName, out object value) && value != null)
        {
            return (T)value;
        }
        return default(T);
    }

    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        if (Attributes.TryGetValue(attributeKey, out object value) && (value is T || value == null))
        {
            result = value == null ? default(T) : (T)value;
            return true;
        }
        result = default(T);
        return false;
    }

    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        Attributes[attributeLogicalName] = value;
    }

    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        return FormattedValues.TryGetValue(attributeLogicalName, out string formatted) ? formatted : null;
    }

    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole) where TEntity : Entity
    {
        var related = GetRelatedEntities<TEntity>(relationshipSchemaName, primaryEntityRole);
        if (related == null) return null;
        var list = related.ToList();
        if (list.Count > 1)
        {
            throw new InvalidOperationException($"Relationship '{relationshipSchemaName}' holds more than one related entity.");
        }
        return list.FirstOrDefault();
    }

    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity) where TEntity : Entity
    {
        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
    }

    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole) where TEntity : Entity
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (!RelatedEntities.TryGetValue(key, out EntityCollection collection) || collection == null)
        {
            return null;
        }
        return collection.Entities.Select(e => e.ToEntity<TEntity>()).ToList();
    }

    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities) where TEntity : Entity
    {
        var key = new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }
        var list = entities.Cast<Entity>().ToList();
        RelatedEntities[key] = new EntityCollection(list) { EntityName = list.Count > 0 ? list[0].LogicalName : null };
    }

    // A shallow copy: the collections are shared, as the official ToEntity does.
    private void CopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.Attributes = Attributes;
        target.FormattedValues = FormattedValues;
        target.RelatedEntities = RelatedEntities;
        target.KeyAttributes = KeyAttributes;
        target.EntityState = EntityState;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }
}
