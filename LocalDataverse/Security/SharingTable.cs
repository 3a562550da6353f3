using AlumniCrm.LocalDataverse.Store;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Security;

/// <summary>
/// Record sharing (GrantAccess / ModifyAccess / RevokeAccess), kept in a
/// <c>principalobjectaccess</c> table of the store so it is rolled back with the operation that
/// shared. Access through roles, business units or team membership is not evaluated.
/// </summary>
public sealed class SharingTable
{
    private const string Table = TableNames.PrincipalObjectAccess;
    private readonly DataStore _store;

    internal SharingTable(DataStore store) => _store = store;

    public IReadOnlyList<RecordShare> Shares => _store.Rows(Table).Select(ToShare).ToList();

    public IReadOnlyList<RecordShare> SharesOf(EntityReference record) =>
        Shares.Where(s => s.Record.Id == record.Id).ToList();

    /// <summary>
    /// True when the principal owns the record or it was shared with all of <paramref name="rights"/>.
    /// </summary>
    public bool HasAccess(EntityReference record, EntityReference principal, AccessRights rights)
    {
        var row = _store.Find(record.LogicalName, record.Id);
        if (row?.GetAttributeValue<EntityReference>("ownerid")?.Id == principal.Id) return true;
        var granted = Find(record.Id, principal.Id)?.GetAttributeValue<int>("accessrightsmask") ?? 0;
        return ((AccessRights)granted & rights) == rights;
    }

    /// <summary>Adds rights to a share (GrantAccess adds to what is already granted).</summary>
    internal void Grant(EntityReference record, EntityReference principal, AccessRights rights, bool replace)
    {
        var existing = Find(record.Id, principal.Id);
        if (existing is null)
        {
            var id = Guid.NewGuid();
            var row = new Entity(Table, id)
            {
                [TableNames.PrimaryIdAttribute(Table)] = id,
                ["objectid"] = record.Id,
                ["objecttypecode"] = record.LogicalName,
                ["principalid"] = principal.Id,
                ["principaltypecode"] = principal.LogicalName,
                ["accessrightsmask"] = (int)rights,
            };
            _store.Insert(row);
            return;
        }
        var updated = ValueCloner.CloneEntity(existing);
        updated["accessrightsmask"] = replace ? (int)rights : existing.GetAttributeValue<int>("accessrightsmask") | (int)rights;
        _store.Replace(updated);
    }

    internal void Revoke(EntityReference record, EntityReference principal)
    {
        if (Find(record.Id, principal.Id) is { } existing) _store.Remove(Table, existing.Id);
    }

    /// <summary>Sharing rows go with the record.</summary>
    internal void RemoveAllOf(Guid recordId)
    {
        foreach (var row in _store.RowsUnordered(Table).Where(r => r.GetAttributeValue<Guid>("objectid") == recordId).ToList())
        {
            _store.Remove(Table, row.Id);
        }
    }

    private Entity? Find(Guid recordId, Guid principalId) =>
        _store.RowsUnordered(Table).FirstOrDefault(r => r.GetAttributeValue<Guid>("objectid") == recordId && r.GetAttributeValue<Guid>("principalid") == principalId);

    private static RecordShare ToShare(Entity row) => new(
        new EntityReference(row.GetAttributeValue<string>("objecttypecode"), row.GetAttributeValue<Guid>("objectid")),
        new EntityReference(row.GetAttributeValue<string>("principaltypecode"), row.GetAttributeValue<Guid>("principalid")),
        (AccessRights)row.GetAttributeValue<int>("accessrightsmask"));
}
