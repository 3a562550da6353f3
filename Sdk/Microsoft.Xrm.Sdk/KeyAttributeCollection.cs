using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

[Serializable]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    public KeyAttributeCollection()
    {
    }

#pragma warning disable CS0628 // The official sealed type declares this constructor protected internal.
    protected internal KeyAttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
