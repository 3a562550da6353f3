using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

// Not in the reference listing; surface from Microsoft's documentation (see docs/sdk-stand-in.md).
public sealed class PrincipalAccess : IExtensibleDataObject
{
    public PrincipalAccess()
    {
    }

    public AccessRights AccessMask { get; set; }

    public EntityReference Principal { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
