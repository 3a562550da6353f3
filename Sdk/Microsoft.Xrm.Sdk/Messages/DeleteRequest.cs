namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DeleteRequest : OrganizationRequest
{
    public DeleteRequest()
    {
        RequestName = "Delete";
    }

    public EntityReference Target
    {
        get { return Parameters.ValueOrDefault<EntityReference>("Target"); }
        set { Parameters["Target"] = value; }
    }

    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get { return Parameters.ValueOrDefault<ConcurrencyBehavior>("ConcurrencyBehavior"); }
        set { Parameters["ConcurrencyBehavior"] = value; }
    }
}
