using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

// The official type has no public or protected constructor: instances come from SDK objects
// or from the public derived collections.
[Serializable]
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    // Copies, so that a fixed-size source (an array) does not make the collection fixed-size.
    internal DataCollection(IEnumerable<T> items)
        : base(items == null ? new List<T>() : new List<T>(items))
    {
    }

    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    public void AddRange(IEnumerable<T> items)
    {
        if (items == null) return;
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
