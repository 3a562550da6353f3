using System;

namespace Microsoft.Xrm.Sdk;

public interface IPluginExecutionContext3 : IPluginExecutionContext2
{
    Guid AuthenticatedUserId { get; }
}
