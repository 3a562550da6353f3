using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public abstract class QueryBase : IExtensibleDataObject
{
    protected QueryBase()
    {
    }

    public ExtensionDataObject ExtensionData { get; set; }
}
