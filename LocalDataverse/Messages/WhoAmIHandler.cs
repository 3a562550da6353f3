using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class WhoAmIHandler : IMessageHandler
{
    public string MessageName => MessageNames.WhoAmI;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        operation.Output["UserId"] = operation.Invocation.UserId;
        operation.Output["BusinessUnitId"] = context.Users.BusinessUnitOf(operation.Invocation.UserId);
        operation.Output["OrganizationId"] = context.Users.OrganizationId;
        return Responses.With(new WhoAmIResponse(), MessageName, operation.Output);
    }
}
