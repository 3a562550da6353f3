namespace Microsoft.Xrm.Sdk.Messages;

public sealed class AssociateResponse : OrganizationResponse
{
    public AssociateResponse()
    {
        ResponseName = "Associate";
    }
}
