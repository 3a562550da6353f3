using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

public class ParameterCollection : DataCollection<string, object>
{
    public ParameterCollection()
    {
    }

    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    public bool TryGetValue<T>(string key, out T value)
    {
        // base: inside this class the unqualified call would bind to this generic overload again.
        if (base.TryGetValue(key, out object raw) && raw is T typed)
        {
            value = typed;
            return true;
        }
        value = default(T);
        return false;
    }

    // Typed request/response properties read through this: absent or null gives default(T).
    internal T ValueOrDefault<T>(string key)
    {
        return base.TryGetValue(key, out object raw) && raw != null ? (T)raw : default(T);
    }
}
