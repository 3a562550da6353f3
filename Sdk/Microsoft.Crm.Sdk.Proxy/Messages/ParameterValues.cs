using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

// Typed request/response properties read through this: absent or null gives default(T).
internal static class ParameterValues
{
    internal static T ValueOrDefault<T>(ParameterCollection parameters, string key)
    {
        // Through the base type: on ParameterCollection, TryGetValue(key, out object) binds to TryGetValue<object>.
        DataCollection<string, object> values = parameters;
        return values.TryGetValue(key, out object raw) && raw != null ? (T)raw : default(T);
    }
}
