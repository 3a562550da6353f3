using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[Serializable]
[AttributeUsage(AttributeTargets.All)]
public sealed class ArgumentDirectionAttribute : Attribute, IWorkflowArgument
{
    public ArgumentDirectionAttribute()
    {
    }

    public ArgumentDirectionAttribute(ArgumentDirection value)
    {
        Value = value;
    }

    public ArgumentDirection Value { get; set; }

    public object ArgumentValue => Value;
}
