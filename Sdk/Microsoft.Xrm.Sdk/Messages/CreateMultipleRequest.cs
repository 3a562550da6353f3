namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateMultipleRequest : OrganizationRequest
{
    public CreateMultipleRequest()
    {
        RequestName = "CreateMultiple";
    }

    public EntityCollection Targets
    {
        get { return Parameters.ValueOrDefault<EntityCollection>("Targets"); }
        set { Parameters["Targets"] = value; }
    }
}
