using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages
{
    // Typed request/response properties read through this: absent or null gives default(T).
    internal static class ParameterValues
    {
        internal static T ValueOrDefault<T>(ParameterCollection parameters, string key)
        {
            return parameters.TryGetValue(key, out object raw) && raw != null ? (T)raw : default(T);
        }
    }
}
