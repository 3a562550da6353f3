using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[AttributeUsage(AttributeTargets.Property)]
public sealed class ReferenceTargetAttribute : Attribute
{
    public ReferenceTargetAttribute(string entityName)
    {
        EntityName = entityName;
    }

    public string EntityName { get; }
}
