namespace Microsoft.Xrm.Sdk.Messages;

public sealed class AssociateRequest : OrganizationRequest
{
    public AssociateRequest()
    {
        RequestName = "Associate";
    }

    public EntityReference Target
    {
        get { return Parameters.ValueOrDefault<EntityReference>("Target"); }
        set { Parameters["Target"] = value; }
    }

    public Relationship Relationship
    {
        get { return Parameters.ValueOrDefault<Relationship>("Relationship"); }
        set { Parameters["Relationship"] = value; }
    }

    public EntityReferenceCollection RelatedEntities
    {
        get { return Parameters.ValueOrDefault<EntityReferenceCollection>("RelatedEntities"); }
        set { Parameters["RelatedEntities"] = value; }
    }
}
