namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertResponse : OrganizationResponse
{

    public bool RecordCreated => Results.ValueOrDefault<bool>("RecordCreated");

    public EntityReference Target => Results.ValueOrDefault<EntityReference>("Target");
}
