using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class XrmAttributeExpression : IExtensibleDataObject
{
    public XrmAttributeExpression()
    {
    }

    public XrmAttributeExpression(string attributeName)
        : this(attributeName, XrmAggregateType.None, null, XrmDateTimeGrouping.None)
    {
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType)
        : this(attributeName, aggregateType, null, XrmDateTimeGrouping.None)
    {
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias)
        : this(attributeName, aggregateType, alias, XrmDateTimeGrouping.None)
    {
    }

    public XrmAttributeExpression(string attributeName, XrmAggregateType aggregateType, string alias, XrmDateTimeGrouping dateTimeGrouping)
    {
        AttributeName = attributeName;
        AggregateType = aggregateType;
        Alias = alias;
        DateTimeGrouping = dateTimeGrouping;
    }

    public string AttributeName { get; set; }

    public XrmAggregateType AggregateType { get; set; }

    public string Alias { get; set; }

    public bool HasGroupBy { get; set; }

    public XrmDateTimeGrouping DateTimeGrouping { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
