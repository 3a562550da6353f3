using AlumniCrm.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// Upsert's main operation for one target: Dataverse runs a Create or an Update message for it
/// (their plugins run), depending on whether a row with that id or key exists.
/// </summary>
internal static class UpsertCore
{
    public static (Guid Id, bool Created) Run(Entity target, MessageOperation operation, HandlerContext context)
    {
        var existing = context.Writer.TryResolve(target.LogicalName, target.Id, target.KeyAttributes);
        if (existing is { } id && context.Store.Exists(target.LogicalName, id))
        {
            context.ExecuteInternal(new UpdateRequest { Target = target }, operation.Invocation);
            return (id, false);
        }
        var response = context.ExecuteInternal(new CreateRequest { Target = target }, operation.Invocation);
        return ((Guid)response.Results["id"], true);
    }

    public static UpsertResponse Response(string table, Guid id, bool created)
    {
        var results = new ParameterCollection { ["RecordCreated"] = created, ["Target"] = new EntityReference(table, id) };
        return Responses.With(new UpsertResponse(), MessageNames.Upsert, results);
    }
}
