namespace Microsoft.Xrm.Sdk.Messages;

public sealed class UpsertMultipleResponse : OrganizationResponse
{

    // Hides the inherited Results collection, exactly as the official type does.
    public new UpsertResponse[] Results => base.Results.ValueOrDefault<UpsertResponse[]>("Results");
}
