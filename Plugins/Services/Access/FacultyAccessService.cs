using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Faculty = AlumniCrm.Plugins.Services.Schema.Faculty;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;
using Network = AlumniCrm.Plugins.Services.Schema.Network;

namespace AlumniCrm.Plugins.Services.Access;

/// <summary>
/// Faculty access (docs/security.md): a faculty's alumni team may read a person while the person has
/// an active membership in at least one of the faculty's networks. After memberships change, each
/// affected (person, faculty team) pair is decided from the current rows, so the outcome does not
/// depend on the order of changes: grant Read if such a membership exists, revoke otherwise.
/// Two queries per batch, then one GrantAccess or RevokeAccess per affected pair (Dataverse has no
/// bulk form of these messages).
/// </summary>
public static class FacultyAccessService
{
    private const string NetworkAlias = "network";
    private const string FacultyAlias = "faculty";

    public static AccessChanges Reconcile(IOrganizationService service, IReadOnlyCollection<MembershipKey> changed)
    {
        if (changed.Count == 0) return new AccessChanges(0, 0);
        var networks = NetworkOwnership.Read(service, changed.Select(c => c.NetworkId));
        var affected = new HashSet<ContactTeamPair>();
        foreach (var change in changed)
        {
            NetworkOwnership? network;
            if (networks.TryGetValue(change.NetworkId, out network) && network != null && network.FacultyTeamId.HasValue)
                affected.Add(new ContactTeamPair(change.ContactId, network.FacultyTeamId.Value));
        }
        if (affected.Count == 0) return new AccessChanges(0, 0);

        var stillActive = ActivePairs(service, affected.Select(p => p.ContactId));
        int granted = 0, revoked = 0;
        foreach (var pair in affected)
        {
            var contact = new EntityReference(Schema.Contact.Table, pair.ContactId);
            var team = new EntityReference("team", pair.TeamId);
            if (stillActive.Contains(pair))
            {
                service.Execute(new GrantAccessRequest
                {
                    Target = contact,
                    PrincipalAccess = new PrincipalAccess { Principal = team, AccessMask = AccessRights.ReadAccess },
                });
                granted++;
            }
            else
            {
                service.Execute(new RevokeAccessRequest { Target = contact, Revokee = team });
                revoked++;
            }
        }
        return new AccessChanges(granted, revoked);
    }

    /// <summary>(person, faculty team) for every active membership of these persons in a faculty's network.</summary>
    private static HashSet<ContactTeamPair> ActivePairs(IOrganizationService service, IEnumerable<Guid> contactIds)
    {
        var rows = QueryRunner.RetrieveByIds(service, contactIds, Membership.ContactId, () =>
        {
            var query = new QueryExpression(Membership.Table) { ColumnSet = new ColumnSet(Membership.ContactId) };
            query.Criteria.AddCondition(Membership.Status, ConditionOperator.Equal, (int)MembershipStatus.Active);
            var network = query.AddLink(Network.Table, Membership.NetworkId, Network.Id, JoinOperator.Inner);
            network.EntityAlias = NetworkAlias;
            var faculty = network.AddLink(Faculty.Table, Network.FacultyId, Faculty.Id, JoinOperator.Inner);
            faculty.EntityAlias = FacultyAlias;
            faculty.Columns = new ColumnSet(Faculty.AlumniTeamId);
            return query;
        });
        var pairs = new HashSet<ContactTeamPair>();
        foreach (var row in rows)
        {
            var contact = row.LookupId(Membership.ContactId);
            var team = row.LinkedId(FacultyAlias, Faculty.AlumniTeamId);
            if (contact.HasValue && team.HasValue) pairs.Add(new ContactTeamPair(contact.Value, team.Value));
        }
        return pairs;
    }
}
