using System.ServiceModel;
using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>All requests in one transaction: the first fault rolls everything back and names the request (ExecuteTransactionFault).</summary>
internal sealed class ExecuteTransactionHandler : IMessageHandler
{
    public string MessageName => MessageNames.ExecuteTransaction;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var requests = HandlerContext.Parameter<OrganizationRequestCollection>(operation.Request, "Requests");
        var responses = new OrganizationResponseCollection();
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                if (requests[i].RequestName is MessageNames.ExecuteMultiple or MessageNames.ExecuteTransaction)
                {
                    throw DataverseFaults.InvalidArgument($"{requests[i].RequestName} cannot be nested in ExecuteTransaction.");
                }
                responses.Add(context.ExecuteChild(requests[i], operation.Invocation));
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                var detail = new ExecuteTransactionFault
                {
                    FaultedRequestIndex = i,
                    ErrorCode = fault.Detail.ErrorCode,
                    Message = fault.Detail.Message,
                    Timestamp = DateTime.UtcNow,
                    InnerFault = fault.Detail,
                    TraceText = fault.Detail.TraceText,
                    ErrorDetails = new ErrorDetailCollection(),
                };
                var transactionFault = new FaultException<OrganizationServiceFault>(detail, fault.Detail.Message);
                context.Engine.MarkDooming(fault, transactionFault);
                throw transactionFault;
            }
        }
        if (HandlerContext.OptionalParameter<bool?>(operation.Request, "ReturnResponses") == true) operation.Output["Responses"] = responses;
        return Responses.With(new ExecuteTransactionResponse(), MessageName, operation.Output);
    }
}
