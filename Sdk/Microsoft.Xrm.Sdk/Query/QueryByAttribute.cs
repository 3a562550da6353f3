namespace Microsoft.Xrm.Sdk.Query;

public sealed class QueryByAttribute : QueryBase
{
    public QueryByAttribute()
    {
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    // As Microsoft's SDK: only the parameterless constructor creates ColumnSet and PageInfo.
    public QueryByAttribute(string entityName)
    {
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
        EntityName = entityName;
    }

    public string EntityName { get; set; }

    public DataCollection<string> Attributes { get; private set; }

    public DataCollection<object> Values { get; private set; }

    public PagingInfo PageInfo { get; set; }

    public ColumnSet ColumnSet { get; set; }

    public DataCollection<OrderExpression> Orders { get; private set; }

    public int? TopCount { get; set; }

    public void AddOrder(string attributeName, OrderType orderType)
    {
        Orders.Add(new OrderExpression(attributeName, orderType));
    }

    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }
}
