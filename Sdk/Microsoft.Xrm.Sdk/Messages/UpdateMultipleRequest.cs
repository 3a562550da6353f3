namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpdateMultipleRequest : OrganizationRequest
{
    public UpdateMultipleRequest()
    {
        RequestName = "UpdateMultiple";
    }

    public EntityCollection Targets
    {
        get { return Parameters.ValueOrDefault<EntityCollection>("Targets"); }
        set { Parameters["Targets"] = value; }
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get { return Parameters.ValueOrDefault<ConcurrencyBehavior>("ConcurrencyBehavior"); }
        set { Parameters["ConcurrencyBehavior"] = value; }
    }
}
