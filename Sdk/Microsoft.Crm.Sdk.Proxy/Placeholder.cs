namespace Microsoft.Crm.Sdk.Messages
{
    public sealed class WhoAmIRequest : Microsoft.Xrm.Sdk.IPlugin
    {
        public void Execute(System.IServiceProvider serviceProvider) { }
    }
}
