namespace Microsoft.Xrm.Sdk.Query;

public enum XrmDateTimeGrouping
{
    None = 0,
    Day = 1,
    Week = 2,
    Month = 3,
    Quarter = 4,
    Year = 5,
    FiscalPeriod = 6,
    FiscalYear = 7,
}
