namespace Microsoft.Crm.Sdk.Messages;

public enum PrivilegeDepth
{
    Basic = 0,
    Local = 1,
    Deep = 2,
    Global = 3,
    RecordFilter = 4,
}
