namespace Microsoft.Xrm.Sdk;

public sealed class OrganizationResponseCollection : DataCollection<OrganizationResponse>
{
    public OrganizationResponseCollection()
    {
    }
}
