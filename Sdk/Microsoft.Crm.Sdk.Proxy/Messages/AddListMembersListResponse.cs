using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

public sealed class AddListMembersListResponse : OrganizationResponse
{
}
