using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    public EntityReference()
    {
        KeyAttributes = new KeyAttributeCollection();
    }

    public EntityReference(string logicalName)
        : this()
    {
        LogicalName = logicalName;
    }

    public EntityReference(string logicalName, Guid id)
        : this(logicalName)
    {
        Id = id;
    }

    public EntityReference(string logicalName, string keyName, object keyValue)
        : this(logicalName)
    {
        KeyAttributes[keyName] = keyValue;
    }

    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
        : this(logicalName)
    {
        KeyAttributes = keyAttributeCollection ?? new KeyAttributeCollection();
    }

    public Guid Id { get; set; }

    public string LogicalName { get; set; }

    public string Name { get; set; }

    public KeyAttributeCollection KeyAttributes { get; set; }

    public string RowVersion { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    // Same table and Id; when neither has an Id, the alternate keys decide.
    public override bool Equals(object obj)
    {
        if (ReferenceEquals(this, obj)) return true;
        if (!(obj is EntityReference other)) return false;
        if (!string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)) return false;
        if (Id != Guid.Empty || other.Id != Guid.Empty) return Id == other.Id;
        return KeyAttributesEqual(KeyAttributes, other.KeyAttributes);
    }

    public override int GetHashCode()
    {
        int hash = LogicalName == null ? 0 : StringComparer.Ordinal.GetHashCode(LogicalName);
        if (Id != Guid.Empty)
        {
            return hash ^ Id.GetHashCode();
        }
        if (KeyAttributes != null)
        {
            // Order-independent, so that equal key sets hash alike.
            foreach (var key in KeyAttributes)
            {
                hash ^= StringComparer.Ordinal.GetHashCode(key.Key) ^ (key.Value?.GetHashCode() ?? 0);
            }
        }
        return hash;
    }

    private static bool KeyAttributesEqual(KeyAttributeCollection left, KeyAttributeCollection right)
    {
        int leftCount = left?.Count ?? 0;
        int rightCount = right?.Count ?? 0;
        if (leftCount != rightCount) return false;
        if (leftCount == 0) return true;
        foreach (var key in left)
        {
            if (!right.TryGetValue(key.Key, out object value) || !Equals(key.Value, value)) return false;
        }
        return true;
    }
}
