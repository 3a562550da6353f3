using System;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class WhoAmIResponse : OrganizationResponse
{

    public Guid UserId => ParameterValues.ValueOrDefault<Guid>(Results, "UserId");

    public Guid BusinessUnitId => ParameterValues.ValueOrDefault<Guid>(Results, "BusinessUnitId");

    public Guid OrganizationId => ParameterValues.ValueOrDefault<Guid>(Results, "OrganizationId");
}
