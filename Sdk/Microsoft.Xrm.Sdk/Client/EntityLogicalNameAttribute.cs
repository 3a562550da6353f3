using System;

namespace Microsoft.Xrm.Sdk.Client;

[AttributeUsage(AttributeTargets.Class)]
public sealed class EntityLogicalNameAttribute : Attribute
{
    public EntityLogicalNameAttribute(string logicalName)
    {
        LogicalName = logicalName;
    }

    public string LogicalName { get; private set; }
}
