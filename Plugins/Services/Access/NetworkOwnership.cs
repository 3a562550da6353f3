using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Faculty = AlumniCrm.Plugins.Services.Schema.Faculty;
using Network = AlumniCrm.Plugins.Services.Schema.Network;

namespace AlumniCrm.Plugins.Services.Access;

/// <summary>A network's name, owner and its faculty's alumni team (null for institution-level networks).</summary>
public sealed record NetworkOwnership(Guid NetworkId, string Name, EntityReference? Owner, Guid? FacultyTeamId)
{
    private const string FacultyAlias = "faculty";

    /// <summary>Networks by id with their faculty's team joined (one query per 1,000 networks).</summary>
    public static IReadOnlyDictionary<Guid, NetworkOwnership> Read(IOrganizationService service, IEnumerable<Guid> networkIds)
    {
        var rows = QueryRunner.RetrieveByIds(service, networkIds, Network.Id, () =>
        {
            var query = new QueryExpression(Network.Table) { ColumnSet = new ColumnSet(Network.Name, Network.OwnerId, Network.FacultyId) };
            var faculty = query.AddLink(Faculty.Table, Network.FacultyId, Faculty.Id, JoinOperator.LeftOuter);
            faculty.EntityAlias = FacultyAlias;
            faculty.Columns = new ColumnSet(Faculty.AlumniTeamId);
            return query;
        });
        return rows.ToDictionary(r => r.Id, r => new NetworkOwnership(r.Id, r.GetAttributeValue<string>(Network.Name) ?? "",
            r.GetAttributeValue<EntityReference>(Network.OwnerId), r.LinkedId(FacultyAlias, Faculty.AlumniTeamId)));
    }

    /// <summary>Who owns the network's memberships: its faculty's alumni team, else the network's own (central) owner.</summary>
    public EntityReference? MembershipOwner => FacultyTeamId.HasValue ? new EntityReference("team", FacultyTeamId.Value) : Owner;
}
