using System;

namespace Microsoft.Xrm.Sdk.Extensions
{
    public static class ContextExtensions
    {
        public static T InputParameterOrDefault<T>(this IPluginExecutionContext context, string parameterName)
        {
            if (context == null) throw new ArgumentNullException(nameof(context));
            if (context.InputParameters != null
                && context.InputParameters.TryGetValue(parameterName, out object value)
                && value is T typed)
            {
                return typed;
            }
            return default(T);
        }
    }
}
