namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpdateRequest : OrganizationRequest
{
    public UpdateRequest()
    {
        RequestName = "Update";
    }

    public Entity Target
    {
        get { return Parameters.ValueOrDefault<Entity>("Target"); }
        set { Parameters["Target"] = value; }
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get { return Parameters.ValueOrDefault<ConcurrencyBehavior>("ConcurrencyBehavior"); }
        set { Parameters["ConcurrencyBehavior"] = value; }
    }
}
