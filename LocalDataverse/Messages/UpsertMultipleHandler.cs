using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

internal sealed class UpsertMultipleHandler : IMessageHandler
{
    public string MessageName => MessageNames.UpsertMultiple;

    public string? PrimaryEntityOf(OrganizationRequest request) => MultipleTargets.TableOf(request);

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer) => MultipleTargets.RecordsOf(request, writer, resolveKeys: true);

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var results = new UpsertResponse[operation.TargetCount];
        for (var i = 0; i < results.Length; i++)
        {
            var target = operation.Target(i);
            var (id, created) = UpsertCore.Run(target, operation, context);
            operation.Records[i].Id = id;
            operation.Records[i].Created = created;
            results[i] = UpsertCore.Response(target.LogicalName, id, created);
        }
        operation.Output["Results"] = results;
        return Responses.With(new UpsertMultipleResponse(), MessageName, operation.Output);
    }
}
