namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteTransactionRequest : OrganizationRequest
{
    public ExecuteTransactionRequest()
    {
        RequestName = "ExecuteTransaction";
    }

    public OrganizationRequestCollection Requests
    {
        get { return Parameters.ValueOrDefault<OrganizationRequestCollection>("Requests"); }
        set { Parameters["Requests"] = value; }
    }

    public bool? ReturnResponses
    {
        get { return Parameters.ValueOrDefault<bool?>("ReturnResponses"); }
        set { Parameters["ReturnResponses"] = value; }
    }
}
