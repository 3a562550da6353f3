using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class RetrieveUserPrivilegesResponse : OrganizationResponse
{

    public RolePrivilege[] RolePrivileges => ParameterValues.ValueOrDefault<RolePrivilege[]>(Results, "RolePrivileges");
}
