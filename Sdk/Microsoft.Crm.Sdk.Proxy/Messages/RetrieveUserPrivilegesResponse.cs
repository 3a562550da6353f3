using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class RetrieveUserPrivilegesResponse : OrganizationResponse
{
    public RetrieveUserPrivilegesResponse()
    {
        ResponseName = "RetrieveUserPrivileges";
    }

    public RolePrivilege[] RolePrivileges => ParameterValues.ValueOrDefault<RolePrivilege[]>(Results, "RolePrivileges");
}
