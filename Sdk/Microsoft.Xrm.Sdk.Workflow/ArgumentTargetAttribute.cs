using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[Serializable]
[AttributeUsage(AttributeTargets.All)]
public sealed class ArgumentTargetAttribute : Attribute, IWorkflowArgument
{
    public ArgumentTargetAttribute()
    {
    }

    public ArgumentTargetAttribute(bool value)
    {
        Value = value;
    }

    public bool Value { get; set; }

    public object ArgumentValue => Value;
}
