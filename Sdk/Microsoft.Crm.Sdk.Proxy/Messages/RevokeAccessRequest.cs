using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class RevokeAccessRequest : OrganizationRequest
{
    public RevokeAccessRequest()
    {
        RequestName = "RevokeAccess";
    }

    public EntityReference Target
    {
        get { return ParameterValues.ValueOrDefault<EntityReference>(Parameters, "Target"); }
        set { Parameters["Target"] = value; }
    }

    public EntityReference Revokee
    {
        get { return ParameterValues.ValueOrDefault<EntityReference>(Parameters, "Revokee"); }
        set { Parameters["Revokee"] = value; }
    }
}
