using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// CopyDynamicListToStatic: creates a static list (same name with " (static)", type, purpose and
/// channel) holding the dynamic list's members and returns its id as StaticListId. Simplified: the
/// harness has no FetchXML, so a dynamic list's members are its <c>listmember</c> rows (seed them).
/// </summary>
internal sealed class CopyDynamicListToStaticHandler : IMessageHandler
{
    private static readonly string[] CopiedColumns = { "createdfromcode", "alm_purpose", "alm_channel" };

    public string MessageName => MessageNames.CopyDynamicListToStatic;

    public string? PrimaryEntityOf(OrganizationRequest request) => TableNames.List;

    public Guid PrimaryIdOf(OrganizationRequest request) => HandlerContext.OptionalParameter<Guid>(request, "ListId");

    public OrganizationResponse Execute(MessageOperation operation, HandlerContext context)
    {
        var listId = HandlerContext.Parameter<Guid>(operation.Request, "ListId");
        var source = context.Store.Find(TableNames.List, listId) ?? throw DataverseFaults.DoesNotExist(TableNames.List, listId);
        var staticId = Guid.NewGuid();
        var copy = new Entity(TableNames.List, staticId)
        {
            [TableNames.PrimaryIdAttribute(TableNames.List)] = staticId,
            ["listname"] = (source.GetAttributeValue<string>("listname") ?? "List") + " (static)",
            ["type"] = false,
        };
        foreach (var column in CopiedColumns.Where(source.Contains)) copy[column] = source[column];
        context.Store.Insert(copy);
        foreach (var memberId in ListMembers.Of(context, listId)) ListMembers.Add(context, staticId, memberId);
        operation.PrimaryEntityId = listId;
        operation.Output["StaticListId"] = staticId;
        return Responses.With(new OrganizationResponse(), MessageName, operation.Output);
    }
}
