using System;

namespace Microsoft.Xrm.Sdk;

public interface IFeatureControlService
{
    object GetFeatureControl(string namespaceValue, string featureControlName, out Type type);
}
