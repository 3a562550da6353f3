namespace Microsoft.Xrm.Sdk.Messages;

public sealed class CreateMultipleResponse : OrganizationResponse
{
    public CreateMultipleResponse()
    {
        ResponseName = "CreateMultiple";
    }

    public System.Guid[] Ids => Results.ValueOrDefault<System.Guid[]>("Ids");
}
