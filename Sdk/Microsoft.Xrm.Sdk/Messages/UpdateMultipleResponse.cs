namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpdateMultipleResponse : OrganizationResponse
{
}
