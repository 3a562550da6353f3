namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext7 : IPluginExecutionContext6
{
    bool IsApplicationUser { get; }
}
