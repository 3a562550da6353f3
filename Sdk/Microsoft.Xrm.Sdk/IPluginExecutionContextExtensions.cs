using System;

namespace Microsoft.Xrm.Sdk;

public static class IPluginExecutionContextExtensions
{
    // Stages of the event pipeline that run inside the platform's own database transaction.
    private const int PreOperationStage = 20;
    private const int PostOperationStage = 40;

    // As Microsoft's SDK: decided by the stage alone (pre-operation to post-operation), whatever
    // IsInTransaction says.
    public static bool IsWithinMainTransaction(this IPluginExecutionContext context) =>
        context.Stage >= PreOperationStage && context.Stage <= PostOperationStage;

    // As Microsoft's SDK: the platform puts "IsAutoTransact" in the shared variables; reading it
    // where the platform did not fails (KeyNotFoundException), as it does with the real DLL.
    public static bool IsAutoTransact(this IPluginExecutionContext context) =>
        (bool)context.SharedVariables["IsAutoTransact"];
}
