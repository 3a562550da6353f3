using System.ServiceModel;
using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// Each request runs (and is counted) on its own, in its own transaction; a failed one is reported
/// in its response item and stops the batch unless ContinueOnError. With ReturnResponses false only
/// the faults come back. At most 1000 requests, no nesting — Dataverse's limits.
/// </summary>
internal sealed class ExecuteMultipleHandler : IMessageHandler
{
    public const int MaxBatchSize = 1000;

    public string MessageName => MessageNames.ExecuteMultiple;

    public bool IsTransactional => false;

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var requests = HandlerContext.Parameter<OrganizationRequestCollection>(operation.Request, "Requests");
        var settings = HandlerContext.OptionalParameter<ExecuteMultipleSettings>(operation.Request, "Settings")
            ?? throw DataverseFaults.Create(ErrorCodes.MissingRequiredParameter, "ExecuteMultiple requires Settings.");
        if (requests.Count > MaxBatchSize)
        {
            throw DataverseFaults.InvalidArgument($"The request batch size {requests.Count} exceeds the maximum of {MaxBatchSize}.");
        }

        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                if (requests[i].RequestName is MessageNames.ExecuteMultiple or MessageNames.ExecuteTransaction)
                {
                    throw DataverseFaults.InvalidArgument($"{requests[i].RequestName} cannot be nested in ExecuteMultiple.");
                }
                var response = context.ExecuteChild(requests[i], operation.Invocation);
                if (settings.ReturnResponses) responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Response = response });
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Fault = fault.Detail });
                if (!settings.ContinueOnError) break;
            }
        }
        operation.Output["IsFaulted"] = faulted;
        operation.Output["Responses"] = responses;
        return Responses.With(new ExecuteMultipleResponse(), MessageName, operation.Output);
    }
}
