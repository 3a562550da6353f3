using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class Relationship : IExtensibleDataObject
{
    public Relationship()
    {
    }

    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    public string SchemaName { get; set; }

    public EntityRole? PrimaryEntityRole { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj) =>
        obj is Relationship other
        && string.Equals(SchemaName, other.SchemaName, StringComparison.Ordinal)
        && PrimaryEntityRole == other.PrimaryEntityRole;

    public override int GetHashCode() =>
        (SchemaName == null ? 0 : StringComparer.Ordinal.GetHashCode(SchemaName)) ^ PrimaryEntityRole.GetHashCode();

    public override string ToString() =>
        PrimaryEntityRole.HasValue ? SchemaName + "." + PrimaryEntityRole.Value : SchemaName;
}
