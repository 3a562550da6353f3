using System;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryExpression : QueryBase
{
    public static readonly QueryExpression Empty = new QueryExpression();

    // Nesting limits for (de)serialising deeply nested queries; the counters track the current depth.
    private const int DefaultDepthLimit = 64;

    [ThreadStatic]
    private static int _serializationDepth;

    [ThreadStatic]
    private static int _deserializationDepth;

    public QueryExpression()
    {
        ColumnSet = new ColumnSet();
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    public QueryExpression(string entityName)
        : this()
    {
        EntityName = entityName;
    }

    public static int SerializationDepthLimit { get; set; } = DefaultDepthLimit;

    public static int DeserializationDepthLimit { get; set; } = DefaultDepthLimit;

    public bool Distinct { get; set; }

    public bool NoLock { get; set; }

    public QueryExpression SubQueryExpression { get; set; }

    public PagingInfo PageInfo { get; set; }

    public string QueryHints { get; set; }

    public string ForceSeek { get; set; }

    public string DataSource { get; set; }

    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    public FilterExpression Criteria { get; set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public string EntityName { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public int? TopCount { get; set; }

    internal static int SerializationDepth => _serializationDepth;

    internal static int DeserializationDepth => _deserializationDepth;

    public static void InternalResetSerializationCounters()
    {
        _serializationDepth = 0;
        _deserializationDepth = 0;
    }

    public QueryExpression Accept(IQueryExpressionVisitor visitor)
    {
        if (visitor == null) throw new ArgumentNullException(nameof(visitor));
        return visitor.Visit(this);
    }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddOrder(string attributeName, OrderType orderType, string alias, string entityName)
    {
        Orders.Add(new OrderExpression(attributeName, orderType, alias, entityName));
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
