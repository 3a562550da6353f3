namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    public RetrieveMultipleResponse()
    {
        ResponseName = "RetrieveMultiple";
    }

    public EntityCollection EntityCollection => Results.ValueOrDefault<EntityCollection>("EntityCollection");
}
