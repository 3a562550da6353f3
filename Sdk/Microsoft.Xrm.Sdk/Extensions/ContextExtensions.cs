using System;

namespace Microsoft.Xrm.Sdk.Extensions;

public static class ContextExtensions
{
    public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName)
    {
        if (context == null) throw new ArgumentNullException(nameof(context));
        ParameterCollection parameters = context.InputParameters;
        return parameters != null && parameters.TryGetValue(parameterName, out T value) ? value : default(T);
    }
}
