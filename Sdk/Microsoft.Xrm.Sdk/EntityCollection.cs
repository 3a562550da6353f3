using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public sealed class EntityCollection : IExtensibleDataObject
{
    public EntityCollection()
    {
        Entities = new DataCollection<Entity>();
    }

    public EntityCollection(IList<Entity> list)
    {
        Entities = new DataCollection<Entity>(list);
    }

    public DataCollection<Entity> Entities { get; set; }

    public bool MoreRecords { get; set; }

    public string PagingCookie { get; set; }

    public string MinActiveRowVersion { get; set; }

    public int TotalRecordCount { get; set; }

    public bool TotalRecordCountLimitExceeded { get; set; }

    public Entity this[int index]
    {
        get { return Entities[index]; }
        set { Entities[index] = value; }
    }

    public string EntityName { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
