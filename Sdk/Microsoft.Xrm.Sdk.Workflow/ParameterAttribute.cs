using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[AttributeUsage(AttributeTargets.Property)]
public abstract class ParameterAttribute : Attribute
{
    protected ParameterAttribute(string name)
    {
        Name = name;
    }

    public string Name { get; }
}
