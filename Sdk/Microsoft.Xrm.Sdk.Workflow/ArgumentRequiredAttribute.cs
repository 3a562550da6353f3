using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[Serializable]
[AttributeUsage(AttributeTargets.All)]
public sealed class ArgumentRequiredAttribute : Attribute, IWorkflowArgument
{
    public ArgumentRequiredAttribute()
    {
    }

    public ArgumentRequiredAttribute(bool value)
    {
        Value = value;
    }

    public bool Value { get; set; }

    public object ArgumentValue => Value;
}
