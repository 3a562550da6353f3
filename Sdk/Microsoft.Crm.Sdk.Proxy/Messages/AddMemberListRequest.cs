using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class AddMemberListRequest : OrganizationRequest
{
    public AddMemberListRequest()
    {
        RequestName = "AddMemberList";
    }

    public Guid ListId
    {
        get { return ParameterValues.ValueOrDefault<Guid>(Parameters, "ListId"); }
        set { Parameters["ListId"] = value; }
    }

    public Guid EntityId
    {
        get { return ParameterValues.ValueOrDefault<Guid>(Parameters, "EntityId"); }
        set { Parameters["EntityId"] = value; }
    }
}
