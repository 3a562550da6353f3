namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertMultipleRequest : OrganizationRequest
{
    public UpsertMultipleRequest()
    {
        RequestName = "UpsertMultiple";
    }

    public EntityCollection Targets
    {
        get { return Parameters.ValueOrDefault<EntityCollection>("Targets"); }
        set { Parameters["Targets"] = value; }
    }
}
