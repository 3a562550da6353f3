using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class RetrieveUserPrivilegesRequest : OrganizationRequest
{
    public RetrieveUserPrivilegesRequest()
    {
        RequestName = "RetrieveUserPrivileges";
    }

    public Guid UserId
    {
        get { return ParameterValues.ValueOrDefault<Guid>(Parameters, "UserId"); }
        set { Parameters["UserId"] = value; }
    }
}
