namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpdateMultipleResponse : OrganizationResponse
{
    public UpdateMultipleResponse()
    {
        ResponseName = "UpdateMultiple";
    }
}
