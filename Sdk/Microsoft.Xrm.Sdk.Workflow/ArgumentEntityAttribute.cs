using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[Serializable]
[AttributeUsage(AttributeTargets.All)]
public sealed class ArgumentEntityAttribute : Attribute, IWorkflowArgument
{
    public ArgumentEntityAttribute()
    {
    }

    public ArgumentEntityAttribute(string value)
    {
        Value = value;
    }

    public string Value { get; set; }

    public object ArgumentValue => Value;
}
