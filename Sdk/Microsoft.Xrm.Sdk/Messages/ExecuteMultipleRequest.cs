namespace Microsoft.Xrm.Sdk.Messages;

public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
    }

    public OrganizationRequestCollection Requests
    {
        get { return Parameters.ValueOrDefault<OrganizationRequestCollection>("Requests"); }
        set { Parameters["Requests"] = value; }
    }

    public ExecuteMultipleSettings Settings
    {
        get { return Parameters.ValueOrDefault<ExecuteMultipleSettings>("Settings"); }
        set { Parameters["Settings"] = value; }
    }
}
