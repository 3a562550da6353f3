namespace Microsoft.Xrm.Sdk.Messages;

public sealed class RetrieveResponse : OrganizationResponse
{

    public Entity Entity => Results.ValueOrDefault<Entity>("Entity");

    public object Notifications => Results.ValueOrDefault<object>("Notifications");
}
