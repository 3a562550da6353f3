using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>All targets in one transaction; Create steps run per item through the equivalence, not through a Create request each.</summary>
internal sealed class CreateMultipleHandler : IMessageHandler
{
    public string MessageName => MessageNames.CreateMultiple;

    public string? PrimaryEntityOf(OrganizationRequest request) => MultipleTargets.TableOf(request);

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer) => MultipleTargets.RecordsOf(request, writer, resolveKeys: false);

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var ids = new Guid[operation.TargetCount];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = context.Writer.Create(operation.Target(i), operation.Invocation.UserId);
            operation.Records[i].Id = ids[i];
            operation.Records[i].Created = true;
        }
        operation.Output["Ids"] = ids;
        return Responses.With(new CreateMultipleResponse(), MessageName, operation.Output);
    }
}
