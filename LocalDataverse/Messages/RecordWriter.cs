using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Metadata;
using AlumniCrm.LocalDataverse.Query;
using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Messages;

/// <summary>
/// The platform's part of Create/Retrieve/Update/Delete: ids, system columns, alternate keys
/// (lookup by key, uniqueness), lookups given by key, lookup targets that must exist.
/// </summary>
internal sealed class RecordWriter
{
    private readonly DataStore _store;
    private readonly SchemaCatalog _schema;
    private readonly Func<DateTime> _now;
    private readonly Func<Guid, Guid> _businessUnitOf;
    private readonly Func<bool> _validateLookups;

    public RecordWriter(DataStore store, SchemaCatalog schema, Func<DateTime> now, Func<Guid, Guid> businessUnitOf, Func<bool> validateLookups)
    {
        _store = store;
        _schema = schema;
        _now = now;
        _businessUnitOf = businessUnitOf;
        _validateLookups = validateLookups;
    }

    public Guid Create(Entity target, Guid userId)
    {
        var row = ValueCloner.CloneEntity(target);
        foreach (var key in target.KeyAttributes) row.Attributes[key.Key] = ValueCloner.CloneValue(key.Value);
        row.KeyAttributes = new KeyAttributeCollection();
        var primaryId = TableNames.PrimaryIdAttribute(row.LogicalName);
        var id = row.Id != Guid.Empty ? row.Id
            : row.Attributes.TryGetValue(primaryId, out var given) && given is Guid givenId && givenId != Guid.Empty ? givenId
            : Guid.NewGuid();
        if (_store.Exists(row.LogicalName, id)) throw DataverseFaults.DuplicateId(row.LogicalName, id);
        row.Id = id;
        row[primaryId] = id;

        var now = _now();
        var user = new EntityReference(TableNames.SystemUser, userId);
        row["createdon"] = now;
        row["modifiedon"] = now;
        row["createdby"] = user;
        row["modifiedby"] = ValueCloner.CloneReference(user);
        if (!row.Contains("ownerid") || row["ownerid"] is null) row["ownerid"] = ValueCloner.CloneReference(user);
        row["owningbusinessunit"] = new EntityReference(TableNames.BusinessUnit, OwningBusinessUnit(row, userId));
        if (!row.Contains("statecode") || row["statecode"] is null) row["statecode"] = new OptionSetValue(0);
        if (!row.Contains("statuscode") || row["statuscode"] is null) row["statuscode"] = new OptionSetValue(1);
        RemoveNulls(row);
        ResolveLookups(row);
        EnsureUniqueKeys(row);
        _store.Insert(row);
        return id;
    }

    public Guid Update(Entity target, Guid userId)
    {
        var id = ResolveExisting(target.LogicalName, target.Id, target.KeyAttributes);
        var row = ValueCloner.CloneEntity(_store.Find(target.LogicalName, id)!);
        var primaryId = TableNames.PrimaryIdAttribute(target.LogicalName);
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Key == primaryId) continue;
            if (attribute.Value is null) row.Attributes.Remove(attribute.Key);
            else row.Attributes[attribute.Key] = ValueCloner.CloneValue(attribute.Value);
        }
        row["modifiedon"] = _now();
        row["modifiedby"] = new EntityReference(TableNames.SystemUser, userId);
        ResolveLookups(row);
        EnsureUniqueKeys(row);
        _store.Replace(row);
        return id;
    }

    public Guid Delete(EntityReference target)
    {
        var id = ResolveExisting(target.LogicalName, target.Id, target.KeyAttributes);
        _store.Remove(target.LogicalName, id);
        // Associations of a deleted row go with it, as Dataverse removes intersect rows.
        foreach (var relationship in _schema.ManyToManyRelationships)
        {
            foreach (var link in _store.RowsUnordered(relationship.IntersectEntity).ToList())
            {
                if ((relationship.Entity1 == target.LogicalName && ValueComparison.AreEqual(link[relationship.Entity1Attribute], id))
                    || (relationship.Entity2 == target.LogicalName && ValueComparison.AreEqual(link[relationship.Entity2Attribute], id)))
                {
                    _store.Remove(relationship.IntersectEntity, link.Id);
                }
            }
        }
        return id;
    }

    public Entity Retrieve(EntityReference target, ColumnSet? columns)
    {
        if (columns is null) throw DataverseFaults.Create(ErrorCodes.MissingRequiredParameter, "Retrieve requires a ColumnSet.");
        var id = ResolveExisting(target.LogicalName, target.Id, target.KeyAttributes);
        return ColumnProjection.Project(_store.Find(target.LogicalName, id)!, columns);
    }

    /// <summary>The id of an existing row given by id or by alternate key; faults when there is none.</summary>
    public Guid ResolveExisting(string table, Guid id, KeyAttributeCollection? keys)
    {
        if (string.IsNullOrEmpty(table)) throw DataverseFaults.InvalidArgument("The entity has no LogicalName.");
        var resolved = TryResolve(table, id, keys);
        if (resolved is { } found && _store.Exists(table, found)) return found;
        if (id == Guid.Empty && keys is { Count: > 0 } && !IsPrimaryKey(table, keys)) throw DataverseFaults.DoesNotExistByKey(table, keys);
        throw DataverseFaults.DoesNotExist(table, resolved ?? id);
    }

    /// <summary>The id given directly, by primary key column, or by an alternate key; null when no row has that key.</summary>
    public Guid? TryResolve(string table, Guid id, KeyAttributeCollection? keys)
    {
        if (id != Guid.Empty) return id;
        if (keys is null || keys.Count == 0) throw DataverseFaults.InvalidArgument($"A {table} reference needs an Id or KeyAttributes.");
        if (IsPrimaryKey(table, keys)) return ValueComparison.Normalize(keys.First().Value) as Guid?;
        var key = _schema.KeysOf(table).FirstOrDefault(k => k.Matches(keys.Select(a => a.Key)))
            ?? throw DataverseFaults.InvalidArgument(
                $"The key attributes ({string.Join(", ", keys.Select(k => k.Key))}) are not a defined key of the {table} table.");
        var matches = _store.FindByColumns(table, key.Columns, c => keys[c]);
        return matches.Count == 0 ? null : matches.First();
    }

    private static bool IsPrimaryKey(string table, KeyAttributeCollection keys) =>
        keys.Count == 1 && keys.First().Key == TableNames.PrimaryIdAttribute(table);

    private Guid OwningBusinessUnit(Entity row, Guid userId)
    {
        if (row["ownerid"] is EntityReference { LogicalName: TableNames.SystemUser } owner && _store.Exists(TableNames.SystemUser, owner.Id))
        {
            return _businessUnitOf(owner.Id);
        }
        if (row["ownerid"] is EntityReference { LogicalName: TableNames.Team } team
            && _store.Find(TableNames.Team, team.Id)?.GetAttributeValue<EntityReference>("businessunitid") is { } unit)
        {
            return unit.Id;
        }
        return _businessUnitOf(userId);
    }

    private static void RemoveNulls(Entity row)
    {
        foreach (var name in row.Attributes.Where(a => a.Value is null).Select(a => a.Key).ToList()) row.Attributes.Remove(name);
    }

    /// <summary>Lookups given by alternate key get their id; lookups must point at existing rows.</summary>
    private void ResolveLookups(Entity row)
    {
        foreach (var attribute in row.Attributes.ToList())
        {
            if (attribute.Value is not EntityReference reference) continue;
            if (reference.Id == Guid.Empty && reference.KeyAttributes is { Count: > 0 })
            {
                var id = TryResolve(reference.LogicalName, Guid.Empty, reference.KeyAttributes)
                    ?? throw DataverseFaults.DoesNotExistByKey(reference.LogicalName, reference.KeyAttributes);
                row[attribute.Key] = new EntityReference(reference.LogicalName, id);
            }
            else if (_validateLookups() && !_store.Exists(reference.LogicalName, reference.Id))
            {
                throw DataverseFaults.DoesNotExist(reference.LogicalName, reference.Id);
            }
        }
    }

    private void EnsureUniqueKeys(Entity row)
    {
        foreach (var key in _schema.KeysOf(row.LogicalName))
        {
            var values = key.Columns.Select(c => new KeyValuePair<string, object?>(c, JoinedRow.Value(row, c))).ToList();
            if (values.Any(v => v.Value is null)) continue;
            var duplicate = _store.FindByColumns(row.LogicalName, key.Columns, c => JoinedRow.Value(row, c)).Any(id => id != row.Id);
            if (duplicate) throw DataverseFaults.DuplicateKey(row.LogicalName, key.Name, values);
        }
    }
}
