using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

public class OrganizationResponse : IExtensibleDataObject
{
    public OrganizationResponse()
    {
        Results = new ParameterCollection();
    }

    public string ResponseName { get; set; }

    public object this[string parameterName]
    {
        get { return Results[parameterName]; }
        set { Results[parameterName] = value; }
    }

    public ParameterCollection Results { get; set; }

    public ExtensionDataObject ExtensionData { get; set; }
}
