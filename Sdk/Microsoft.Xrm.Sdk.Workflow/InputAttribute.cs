using System;

namespace Microsoft.Xrm.Sdk.Workflow;

[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : ParameterAttribute
{
    public InputAttribute(string name)
        : base(name)
    {
    }
}
