using AlumniCrm.LocalDataverse.Store;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Security;

/// <summary>
/// The users of the environment, stored as <c>systemuser</c> rows (so lookups to them resolve and
/// queries can join them). Security roles are not evaluated: every user may do everything.
/// </summary>
public sealed class UserDirectory
{
    private readonly DataStore _store;

    internal UserDirectory(DataStore store, Guid rootBusinessUnitId, Guid organizationId)
    {
        _store = store;
        RootBusinessUnitId = rootBusinessUnitId;
        OrganizationId = organizationId;
        var unit = new Entity(TableNames.BusinessUnit, rootBusinessUnitId) { ["name"] = "Root business unit" };
        unit[TableNames.PrimaryIdAttribute(TableNames.BusinessUnit)] = rootBusinessUnitId;
        _store.Insert(unit);
        SystemUserId = Add("SYSTEM");
    }

    public Guid RootBusinessUnitId { get; }

    public Guid OrganizationId { get; }

    /// <summary>The SYSTEM user: whom <c>CreateOrganizationService(null)</c> acts as inside a plugin.</summary>
    public Guid SystemUserId { get; }

    /// <summary>Adds a user (in the root business unit unless another is given) and returns its id.</summary>
    public Guid Add(string fullName, Guid? businessUnitId = null, Guid? id = null)
    {
        var userId = id ?? Guid.NewGuid();
        var unitId = businessUnitId ?? RootBusinessUnitId;
        if (!_store.Exists(TableNames.BusinessUnit, unitId)) AddBusinessUnit($"Business unit {unitId}", unitId);
        var user = new Entity(TableNames.SystemUser, userId)
        {
            ["fullname"] = fullName,
            ["businessunitid"] = new EntityReference(TableNames.BusinessUnit, unitId),
            ["isdisabled"] = false,
        };
        user[TableNames.PrimaryIdAttribute(TableNames.SystemUser)] = userId;
        _store.Insert(user);
        return userId;
    }

    /// <summary>Adds a business unit under the root and returns its id.</summary>
    public Guid AddBusinessUnit(string name, Guid? id = null)
    {
        var unitId = id ?? Guid.NewGuid();
        var unit = new Entity(TableNames.BusinessUnit, unitId)
        {
            ["name"] = name,
            ["parentbusinessunitid"] = new EntityReference(TableNames.BusinessUnit, RootBusinessUnitId),
        };
        unit[TableNames.PrimaryIdAttribute(TableNames.BusinessUnit)] = unitId;
        _store.Insert(unit);
        return unitId;
    }

    public bool Exists(Guid userId) => _store.Exists(TableNames.SystemUser, userId);

    public Guid BusinessUnitOf(Guid userId) =>
        _store.Find(TableNames.SystemUser, userId)?.GetAttributeValue<EntityReference>("businessunitid")?.Id
        ?? throw new InvalidOperationException($"No user {userId} in the environment; add it with env.Users.Add.");
}
