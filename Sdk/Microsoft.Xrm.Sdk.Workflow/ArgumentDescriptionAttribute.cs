using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[Serializable]
[AttributeUsage(AttributeTargets.All)]
public sealed class ArgumentDescriptionAttribute : Attribute, IWorkflowArgument
{
    public ArgumentDescriptionAttribute()
    {
    }

    public ArgumentDescriptionAttribute(string value)
    {
        Value = value;
    }

    public string Value { get; set; }

    public object ArgumentValue => Value;
}
