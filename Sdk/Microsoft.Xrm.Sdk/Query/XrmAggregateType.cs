namespace Microsoft.Xrm.Sdk.Query;

public enum XrmAggregateType
{
    None = 0,
    Count = 1,
    CountColumn = 2,
    Sum = 3,
    Avg = 4,
    Min = 5,
    Max = 6,
}
