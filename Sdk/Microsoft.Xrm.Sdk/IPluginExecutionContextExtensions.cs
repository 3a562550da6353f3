using System;

namespace Microsoft.Xrm.Sdk;

public static class IPluginExecutionContextExtensions
{
    // Stages of the event pipeline that run inside the platform's own database transaction.
    private const int PreOperationStage = 20;
    private const int PostOperationStage = 40;

    public static bool IsWithinMainTransaction(this IPluginExecutionContext context)
    {
        if (context == null) throw new ArgumentNullException(nameof(context));
        return context.IsInTransaction;
    }

    // The platform opens the transaction itself for the pre- and post-operation stages; any other
    // stage is only transactional because a caller (e.g. ExecuteTransaction) opened one.
    public static bool IsAutoTransact(this IPluginExecutionContext context)
    {
        if (context == null) throw new ArgumentNullException(nameof(context));
        return context.IsInTransaction && (context.Stage == PreOperationStage || context.Stage == PostOperationStage);
    }
}
