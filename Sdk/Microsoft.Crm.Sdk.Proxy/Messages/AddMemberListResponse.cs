using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class AddMemberListResponse : OrganizationResponse
{

    public Guid Id => ParameterValues.ValueOrDefault<Guid>(Results, "Id");
}
