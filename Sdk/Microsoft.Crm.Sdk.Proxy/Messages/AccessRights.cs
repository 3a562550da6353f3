using System;

namespace Microsoft.Crm.Sdk.Messages;

// Not in the reference listing; surface from Microsoft's documentation (see docs/sdk-stand-in.md).
[Flags]
public enum AccessRights
{
    None = 0,
    ReadAccess = 1,
    WriteAccess = 2,
    AppendAccess = 4,
    AppendToAccess = 16,
    CreateAccess = 32,
    DeleteAccess = 65536,
    ShareAccess = 262144,
    AssignAccess = 524288,
}
