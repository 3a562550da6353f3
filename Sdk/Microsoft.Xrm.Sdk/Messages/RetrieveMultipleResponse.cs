namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveMultipleResponse : OrganizationResponse
{

    public EntityCollection EntityCollection => Results.ValueOrDefault<EntityCollection>("EntityCollection");
}
