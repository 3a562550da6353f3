using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class SetStateRequest : OrganizationRequest
{
    public SetStateRequest()
    {
        RequestName = "SetState";
    }

    public EntityReference EntityMoniker
    {
        get { return ParameterValues.ValueOrDefault<EntityReference>(Parameters, "EntityMoniker"); }
        set { Parameters["EntityMoniker"] = value; }
    }

    public OptionSetValue State
    {
        get { return ParameterValues.ValueOrDefault<OptionSetValue>(Parameters, "State"); }
        set { Parameters["State"] = value; }
    }

    public OptionSetValue Status
    {
        get { return ParameterValues.ValueOrDefault<OptionSetValue>(Parameters, "Status"); }
        set { Parameters["Status"] = value; }
    }
}
