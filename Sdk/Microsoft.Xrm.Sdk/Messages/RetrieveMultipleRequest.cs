namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
    }

    public Query.QueryBase Query
    {
        get { return Parameters.ValueOrDefault<Query.QueryBase>("Query"); }
        set { Parameters["Query"] = value; }
    }
}
