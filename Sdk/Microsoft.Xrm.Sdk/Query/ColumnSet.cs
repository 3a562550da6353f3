using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

public sealed class ColumnSet : IExtensibleDataObject
{
    public ColumnSet()
    {
        Columns = new DataCollection<string>();
        AttributeExpressions = new DataCollection<XrmAttributeExpression>();
    }

    public ColumnSet(bool allColumns)
        : this()
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
        : this()
    {
        AddColumns(columns);
    }

    public bool AllColumns { get; set; }

    public DataCollection<string> Columns { get; set; }

    public DataCollection<XrmAttributeExpression> AttributeExpressions { get; set; }

    public bool HasLazyFileAttribute { get; set; }

    public string LazyFileAttributeEntityName { get; set; }

    public string LazyFileAttributeKey { get; set; }

    public Lazy<object> LazyFileAttributeValue { get; set; }

    public int LazyFileAttributeSizeLimit { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }

    public void AddColumns(params string[] columns)
    {
        if (columns == null) return;
        foreach (var column in columns)
        {
            AddColumn(column);
        }
    }

    public void AddColumn(string column)
    {
        Columns.Add(column);
    }
}
