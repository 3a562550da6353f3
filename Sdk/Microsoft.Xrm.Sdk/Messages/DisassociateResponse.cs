namespace Microsoft.Xrm.Sdk.Messages;

public sealed class DisassociateResponse : OrganizationResponse
{
}
