using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// Marketing list membership as <c>listmember</c> rows (listid, entityid). The member table follows
/// the list's <c>createdfromcode</c> (1 account, 2 contact, 4 lead; contact when absent).
/// Adding an existing member changes nothing, as in Dataverse.
/// </summary>
internal static class ListMembers
{
    public static Guid Add(HandlerContext context, Guid listId, Guid memberId)
    {
        var list = context.Store.Find(TableNames.List, listId) ?? throw DataverseFaults.DoesNotExist(TableNames.List, listId);
        var memberTable = list.GetAttributeValue<OptionSetValue>("createdfromcode")?.Value switch
        {
            1 => "account",
            4 => "lead",
            _ => "contact",
        };
        if (!context.Store.Exists(memberTable, memberId)) throw DataverseFaults.DoesNotExist(memberTable, memberId);
        var existing = context.Store.RowsUnordered(TableNames.ListMember).FirstOrDefault(row =>
            row.GetAttributeValue<EntityReference>("listid")?.Id == listId && row.GetAttributeValue<EntityReference>("entityid")?.Id == memberId);
        if (existing != null) return existing.Id;
        var id = Guid.NewGuid();
        context.Store.Insert(new Entity(TableNames.ListMember, id)
        {
            [TableNames.PrimaryIdAttribute(TableNames.ListMember)] = id,
            ["listid"] = new EntityReference(TableNames.List, listId),
            ["entityid"] = new EntityReference(memberTable, memberId),
            ["entitytype"] = memberTable,
        });
        return id;
    }

    /// <summary>The ids of a list's members, in the order they were added.</summary>
    public static IReadOnlyList<Guid> Of(HandlerContext context, Guid listId) =>
        context.Store.Rows(TableNames.ListMember)
            .Where(row => row.GetAttributeValue<EntityReference>("listid")?.Id == listId)
            .Select(row => row.GetAttributeValue<EntityReference>("entityid").Id)
            .ToList();

    /// <summary>Removes a member; absent members are ignored.</summary>
    public static void Remove(HandlerContext context, Guid listId, Guid memberId)
    {
        var row = context.Store.RowsUnordered(TableNames.ListMember).FirstOrDefault(r =>
            r.GetAttributeValue<EntityReference>("listid")?.Id == listId && r.GetAttributeValue<EntityReference>("entityid")?.Id == memberId);
        if (row != null) context.Store.Remove(TableNames.ListMember, row.Id);
    }
}
