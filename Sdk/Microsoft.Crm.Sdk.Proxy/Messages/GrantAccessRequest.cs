using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class GrantAccessRequest : OrganizationRequest
{
    public GrantAccessRequest()
    {
        RequestName = "GrantAccess";
    }

    public EntityReference Target
    {
        get { return ParameterValues.ValueOrDefault<EntityReference>(Parameters, "Target"); }
        set { Parameters["Target"] = value; }
    }

    public PrincipalAccess PrincipalAccess
    {
        get { return ParameterValues.ValueOrDefault<PrincipalAccess>(Parameters, "PrincipalAccess"); }
        set { Parameters["PrincipalAccess"] = value; }
    }
}
