using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class AddListMembersListRequest : OrganizationRequest
{
    public AddListMembersListRequest()
    {
        RequestName = "AddListMembersList";
    }

    public Guid ListId
    {
        get { return ParameterValues.ValueOrDefault<Guid>(Parameters, "ListId"); }
        set { Parameters["ListId"] = value; }
    }

    public Guid[] MemberIds
    {
        get { return ParameterValues.ValueOrDefault<Guid[]>(Parameters, "MemberIds"); }
        set { Parameters["MemberIds"] = value; }
    }
}
