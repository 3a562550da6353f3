namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteTransactionResponse : OrganizationResponse
{

    public OrganizationResponseCollection Responses => Results.ValueOrDefault<OrganizationResponseCollection>("Responses");
}
