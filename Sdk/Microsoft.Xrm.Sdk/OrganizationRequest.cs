using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public class OrganizationRequest : IExtensibleDataObject
{
    public OrganizationRequest()
    {
        Parameters = new ParameterCollection();
    }

    public OrganizationRequest(string requestName)
        : this()
    {
        RequestName = requestName;
    }

    public string RequestName { get; set; }

    public object this[string parameterName]
    {
        get { return Parameters[parameterName]; }
        set { Parameters[parameterName] = value; }
    }

    public ParameterCollection Parameters { get; set; }

    public Guid? RequestId { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
