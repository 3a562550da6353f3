using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class UpdateMultipleHandler : IMessageHandler
{
    public string MessageName => MessageNames.UpdateMultiple;

    public string? PrimaryEntityOf(OrganizationRequest request) => MultipleTargets.TableOf(request);

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer) => MultipleTargets.RecordsOf(request, writer, resolveKeys: true);

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        for (var i = 0; i < operation.TargetCount; i++)
        {
            operation.Records[i].Id = context.Writer.Update(operation.Target(i), operation.Invocation.UserId);
        }
        return Responses.With(new UpdateMultipleResponse(), MessageName, operation.Output);
    }
}
