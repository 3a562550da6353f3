using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public sealed class AttributeCollection : DataCollection<string, object>
{
    public AttributeCollection()
    {
    }

#pragma warning disable CS0628 // The official sealed type declares this constructor protected internal.
    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
