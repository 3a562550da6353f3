using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class LinkEntity : IExtensibleDataObject
{
    public LinkEntity()
    {
        LinkCriteria = new FilterExpression();
        Columns = new ColumnSet();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        : this()
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    public string LinkFromAttributeName { get; set; }

    public string LinkFromEntityName { get; set; }

    public string LinkToEntityName { get; set; }

    public string LinkToAttributeName { get; set; }

    public JoinOperator JoinOperator { get; set; }

    public FilterExpression LinkCriteria { get; set; }

    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    public ColumnSet Columns { get; set; }

    public string EntityAlias { get; set; }

    public string ForceSeek { get; set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        // As Microsoft's SDK: the nested link's LinkFromEntityName is this link's *from* table (the root
        // for a first-level link), not this link's table; the server joins a nested link to its parent.
        var link = new LinkEntity(LinkFromEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
