using System;

namespace Microsoft.Xrm.Sdk;

[AttributeUsage(AttributeTargets.Property)]
public sealed class AttributeLogicalNameAttribute : Attribute
{
    public AttributeLogicalNameAttribute(string logicalName)
    {
        LogicalName = logicalName;
    }

    public string LogicalName { get; private set; }
}
