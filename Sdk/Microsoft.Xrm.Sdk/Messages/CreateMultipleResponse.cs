namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateMultipleResponse : OrganizationResponse
{

    public System.Guid[] Ids => Results.ValueOrDefault<System.Guid[]>("Ids");
}
