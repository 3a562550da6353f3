namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveRequest : OrganizationRequest
{
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
    }

    public EntityReference Target
    {
        get { return Parameters.ValueOrDefault<EntityReference>("Target"); }
        set { Parameters["Target"] = value; }
    }

    public Query.ColumnSet ColumnSet
    {
        get { return Parameters.ValueOrDefault<Query.ColumnSet>("ColumnSet"); }
        set { Parameters["ColumnSet"] = value; }
    }

    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get { return Parameters.ValueOrDefault<RelationshipQueryCollection>("RelatedEntitiesQuery"); }
        set { Parameters["RelatedEntitiesQuery"] = value; }
    }

    public bool ReturnNotifications
    {
        get { return Parameters.ValueOrDefault<bool>("ReturnNotifications"); }
        set { Parameters["ReturnNotifications"] = value; }
    }
}
