namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleResponse : OrganizationResponse
{

    public bool IsFaulted => Results.ValueOrDefault<bool>("IsFaulted");

    public ExecuteMultipleResponseItemCollection Responses => Results.ValueOrDefault<ExecuteMultipleResponseItemCollection>("Responses");
}
