namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateRequest : OrganizationRequest
{
    public CreateRequest()
    {
        RequestName = "Create";
    }

    public Entity Target
    {
        get { return Parameters.ValueOrDefault<Entity>("Target"); }
        set { Parameters["Target"] = value; }
    }
}
