using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>SetState writes statecode/statuscode through an Update (whose steps run), as Dataverse now does.</summary>
internal sealed class SetStateHandler : IMessageHandler
{
    public string MessageName => MessageNames.SetState;

    public string? PrimaryEntityOf(OrganizationRequest request) => HandlerContext.OptionalParameter<EntityReference>(request, "EntityMoniker")?.LogicalName;

    public List<OperationRecord> RecordsOf(OrganizationRequest request, RecordWriter writer)
    {
        var moniker = HandlerContext.Parameter<EntityReference>(request, "EntityMoniker");
        return new List<OperationRecord> { new(moniker.LogicalName, RecordIds.Known(writer, moniker.LogicalName, moniker.Id, moniker.KeyAttributes)) };
    }

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var moniker = HandlerContext.Parameter<EntityReference>(operation.Request, "EntityMoniker");
        var state = HandlerContext.Parameter<OptionSetValue>(operation.Request, "State");
        var status = HandlerContext.OptionalParameter<OptionSetValue>(operation.Request, "Status");
        // Status -1 asks for the state's default status: 1 for active, 2 for inactive on standard tables.
        var statusValue = status is null || status.Value == -1 ? state.Value + 1 : status.Value;
        var target = new Entity(moniker.LogicalName, moniker.Id) { ["statecode"] = new OptionSetValue(state.Value), ["statuscode"] = new OptionSetValue(statusValue) };
        if (moniker.Id == Guid.Empty) target.KeyAttributes = moniker.KeyAttributes;
        var id = context.Writer.ResolveExisting(moniker.LogicalName, moniker.Id, moniker.KeyAttributes);
        context.ExecuteInternal(new UpdateRequest { Target = target }, operation.Invocation);
        operation.Records[0].Id = id;
        operation.PrimaryEntityId = id;
        return Responses.With(new SetStateResponse(), MessageName, operation.Output);
    }
}
