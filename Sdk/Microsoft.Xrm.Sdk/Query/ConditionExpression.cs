using System;
using System.Collections;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class ConditionExpression : IExtensibleDataObject
{
    public ConditionExpression()
    {
        Values = new DataCollection<object>();
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, false, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator, false, values)
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
        CompareColumns = compareColumns;
        Values = new DataCollection<object>(values);
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, false, new[] { value })
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, false, new[] { value })
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator, false, Array.Empty<object>())
    {
    }

    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(entityName, attributeName, conditionOperator, false, Array.Empty<object>())
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator, false, values == null ? Array.Empty<object>() : values.Cast<object>().ToArray())
    {
    }

    public string EntityName { get; set; }

    public bool CompareColumns { get; set; }

    public string AttributeName { get; set; }

    public ConditionOperator Operator { get; set; }

    public DataCollection<object> Values { get; private set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
