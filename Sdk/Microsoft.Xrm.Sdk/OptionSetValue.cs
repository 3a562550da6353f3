using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class OptionSetValue : IExtensibleDataObject
{
    public OptionSetValue()
    {
    }

    public OptionSetValue(int value)
    {
        Value = value;
    }

    public int Value { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

    public override int GetHashCode() => Value.GetHashCode();
}
