namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertRequest : OrganizationRequest
{
    public UpsertRequest()
    {
        RequestName = "Upsert";
    }

    public Entity Target
    {
        get { return Parameters.ValueOrDefault<Entity>("Target"); }
        set { Parameters["Target"] = value; }
    }
}
