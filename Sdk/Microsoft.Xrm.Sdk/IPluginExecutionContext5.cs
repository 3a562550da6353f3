namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext5 : IPluginExecutionContext4
{
    string InitiatingUserAgent { get; }
}
