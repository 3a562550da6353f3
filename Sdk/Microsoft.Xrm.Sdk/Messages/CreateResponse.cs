namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateResponse : OrganizationResponse
{

    public System.Guid id => Results.ValueOrDefault<System.Guid>("id");
}
