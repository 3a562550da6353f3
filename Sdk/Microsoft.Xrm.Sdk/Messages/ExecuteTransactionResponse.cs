namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteTransactionResponse : OrganizationResponse
{
    public ExecuteTransactionResponse()
    {
        ResponseName = "ExecuteTransaction";
    }

    public OrganizationResponseCollection Responses => Results.ValueOrDefault<OrganizationResponseCollection>("Responses");
}
