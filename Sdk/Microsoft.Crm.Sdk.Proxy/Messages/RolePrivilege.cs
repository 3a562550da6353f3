using System;
using System.Runtime.Serialization;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class RolePrivilege : IExtensibleDataObject
{
    public RolePrivilege()
    {
    }

    public RolePrivilege(int depth, Guid privilegeId)
        : this((PrivilegeDepth)depth, privilegeId, Guid.Empty, null, Guid.Empty, null)
    {
    }

    public RolePrivilege(int depth, Guid privilegeId, Guid businessId)
        : this((PrivilegeDepth)depth, privilegeId, businessId, null, Guid.Empty, null)
    {
    }

    public RolePrivilege(int depth, Guid privilegeId, Guid businessId, string privilegeName)
        : this((PrivilegeDepth)depth, privilegeId, businessId, privilegeName, Guid.Empty, null)
    {
    }

    public RolePrivilege(int depth, Guid privilegeId, Guid businessId, string privilegeName, Guid recordFilterId)
        : this((PrivilegeDepth)depth, privilegeId, businessId, privilegeName, recordFilterId, null)
    {
    }

    public RolePrivilege(PrivilegeDepth depth, Guid privilegeId, Guid businessId)
        : this(depth, privilegeId, businessId, null, Guid.Empty, null)
    {
    }

    public RolePrivilege(PrivilegeDepth depth, Guid privilegeId, Guid businessId, string privilegeName)
        : this(depth, privilegeId, businessId, privilegeName, Guid.Empty, null)
    {
    }

    public RolePrivilege(PrivilegeDepth depth, Guid privilegeId, Guid businessId, string privilegeName, Guid recordFilterId)
        : this(depth, privilegeId, businessId, privilegeName, recordFilterId, null)
    {
    }

    public RolePrivilege(PrivilegeDepth depth, Guid privilegeId, Guid businessId, string privilegeName, Guid recordFilterId, string recordFilterUniqueName)
    {
        Depth = depth;
        PrivilegeId = privilegeId;
        BusinessUnitId = businessId;
        PrivilegeName = privilegeName;
        RecordFilterId = recordFilterId;
        RecordFilterUniqueName = recordFilterUniqueName;
    }

    public PrivilegeDepth Depth { get; set; }

    public Guid PrivilegeId { get; set; }

    public Guid BusinessUnitId { get; set; }

    public string PrivilegeName { get; set; }

    public Guid RecordFilterId { get; set; }

    public string RecordFilterUniqueName { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
