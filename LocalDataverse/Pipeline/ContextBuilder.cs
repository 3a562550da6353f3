using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>Builds the execution context of one step call, in the shape the step was registered for.</summary>
internal sealed class ContextBuilder
{
    private readonly ExecutionEngine _engine;

    public ContextBuilder(ExecutionEngine engine) => _engine = engine;

    public PluginExecutionContext Build(MessageOperation operation, StepCall call, StepStage stage, StepMode mode, bool inTransaction)
    {
        var invocation = operation.Invocation;
        var context = new PluginExecutionContext
        {
            Mode = (int)mode,
            Stage = (int)stage,
            Depth = invocation.Depth,
            UserId = invocation.UserId,
            InitiatingUserId = invocation.InitiatingUserId,
            BusinessUnitId = _engine.Users.BusinessUnitOf(invocation.UserId),
            OrganizationId = _engine.Users.OrganizationId,
            CorrelationId = invocation.CorrelationId,
            OperationId = operation.OperationId,
            OperationCreatedOn = operation.CreatedOn,
            RequestId = operation.Request.RequestId ?? operation.OperationId,
            IsInTransaction = inTransaction,
            ParentContext = invocation.ParentContext,
            PrimaryEntityName = operation.PrimaryEntityName ?? "none",
            AuthenticatedUserId = invocation.InitiatingUserId,
        };
        var post = stage == StepStage.PostOperation;
        var pre = MessageNames.HasPreImage(operation.MessageName);
        var postImages = post && MessageNames.HasPostImage(operation.MessageName);
        var records = operation.Records;

        switch (call.Shape)
        {
            case StepCallShape.AsRegistered:
                context.MessageName = operation.MessageName;
                context.InputParameters = operation.Request.Parameters;
                context.OutputParameters = post ? operation.Output : new ParameterCollection();
                context.SharedVariables = operation.SharedVariables;
                if (MessageNames.IsMultiple(operation.MessageName))
                {
                    context.PreEntityImagesCollection = records.Select(r => pre ? ImageBuilder.Build(call.Step, r.Before, true) : new EntityImageCollection()).ToArray();
                    context.PostEntityImagesCollection = records.Select(r => postImages ? ImageBuilder.Build(call.Step, r.After, false) : new EntityImageCollection()).ToArray();
                }
                else if (records.Count == 1)
                {
                    context.PrimaryEntityId = records[0].Id;
                    if (pre) context.PreEntityImages = ImageBuilder.Build(call.Step, records[0].Before, true);
                    if (postImages) context.PostEntityImages = ImageBuilder.Build(call.Step, records[0].After, false);
                }
                else
                {
                    context.PrimaryEntityId = operation.PrimaryEntityId;
                }
                break;

            case StepCallShape.Item:
                var record = records[call.ItemIndex];
                context.MessageName = MessageNames.SingleFamily(operation.MessageName);
                context.InputParameters = CopyExcept(operation.Request.Parameters, "Targets");
                context.InputParameters["Target"] = operation.Target(call.ItemIndex);
                context.OutputParameters = post ? ItemOutput(operation, call.ItemIndex) : new ParameterCollection();
                context.SharedVariables = record.SharedVariables;
                context.PrimaryEntityId = record.Id;
                if (pre) context.PreEntityImages = ImageBuilder.Build(call.Step, record.Before, true);
                if (postImages) context.PostEntityImages = ImageBuilder.Build(call.Step, record.After, false);
                break;

            case StepCallShape.AsMultiple:
                var single = records[0];
                context.MessageName = MessageNames.EquivalentOf(operation.MessageName)!;
                context.InputParameters = CopyExcept(operation.Request.Parameters, "Target");
                var target = operation.Target(0);
                context.InputParameters["Targets"] = new EntityCollection(new List<Entity> { target }) { EntityName = target.LogicalName };
                context.OutputParameters = post ? MultipleOutput(operation) : new ParameterCollection();
                context.SharedVariables = operation.SharedVariables;
                context.PreEntityImagesCollection = new[] { pre ? ImageBuilder.Build(call.Step, single.Before, true) : new EntityImageCollection() };
                context.PostEntityImagesCollection = new[] { postImages ? ImageBuilder.Build(call.Step, single.After, false) : new EntityImageCollection() };
                break;
        }
        return context;
    }

    /// <summary>A plugin that replaced the Target (not just changed it) in an item or bulk-shaped call: carry it back.</summary>
    public static void CarryBackTarget(MessageOperation operation, StepCall call, PluginExecutionContext context)
    {
        if (call.Shape == StepCallShape.Item && context.InputParameters.TryGetValue("Target", out var item) && item is Entity itemTarget
            && !ReferenceEquals(itemTarget, operation.Target(call.ItemIndex)))
        {
            operation.ReplaceTarget(call.ItemIndex, itemTarget);
        }
        if (call.Shape == StepCallShape.AsMultiple && context.InputParameters.TryGetValue("Targets", out var targets)
            && targets is EntityCollection { Entities.Count: 1 } collection && !ReferenceEquals(collection.Entities[0], operation.Target(0)))
        {
            operation.ReplaceTarget(0, collection.Entities[0]);
        }
    }

    /// <summary>An async context keeps the values of the moment it was queued, like the serialized context of a system job.</summary>
    public static PluginExecutionContext ForAsync(PluginExecutionContext context)
    {
        context.InputParameters = Snapshot(context.InputParameters);
        context.OutputParameters = Snapshot(context.OutputParameters);
        context.SharedVariables = Snapshot(context.SharedVariables);
        context.IsInTransaction = false;
        context.ParentContext = null;
        return context;
    }

    private static ParameterCollection Snapshot(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var item in source) copy[item.Key] = ValueCloner.CloneValue(item.Value);
        return copy;
    }

    private static ParameterCollection CopyExcept(ParameterCollection source, string excluded)
    {
        var copy = new ParameterCollection();
        foreach (var item in source.Where(p => p.Key != excluded)) copy[item.Key] = item.Value;
        return copy;
    }

    private static ParameterCollection ItemOutput(MessageOperation operation, int index)
    {
        var record = operation.Records[index];
        var output = new ParameterCollection();
        switch (MessageNames.SingleFamily(operation.MessageName))
        {
            case MessageNames.Create:
                output["id"] = record.Id;
                break;
            case MessageNames.Upsert:
                output["RecordCreated"] = record.Created;
                output["Target"] = new EntityReference(record.Table, record.Id);
                break;
        }
        return output;
    }

    private static ParameterCollection MultipleOutput(MessageOperation operation)
    {
        var record = operation.Records[0];
        var output = new ParameterCollection();
        switch (operation.MessageName)
        {
            case MessageNames.Create:
                output["Ids"] = new[] { record.Id };
                break;
            case MessageNames.Upsert:
                var results = new ParameterCollection { ["RecordCreated"] = record.Created, ["Target"] = new EntityReference(record.Table, record.Id) };
                var response = new UpsertResponse { ResponseName = MessageNames.Upsert, Results = results };
                output["Results"] = new[] { response };
                break;
        }
        return output;
    }
}
