using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>Reads the memberships of a batch of persons in one query (every status: Left and Suspended block re-enrolment).</summary>
public static class MembershipReader
{
    public static IReadOnlyList<ExistingMembership> ReadForPersons(IOrganizationService service, IEnumerable<Guid> contactIds, Guid? onlyNetworkId = null) =>
        QueryRunner.RetrieveByIds(service, contactIds, Membership.ContactId, () =>
            {
                var query = new QueryExpression(Membership.Table)
                {
                    ColumnSet = new ColumnSet(Membership.ContactId, Membership.NetworkId, Membership.Status, Membership.Source,
                        Membership.JoinedOn, Membership.LeftOn, Membership.LeaveReason),
                };
                if (onlyNetworkId.HasValue) query.Criteria.AddCondition(Membership.NetworkId, ConditionOperator.Equal, onlyNetworkId.Value);
                return query;
            })
            .Select(Map)
            .ToList();

    public static ExistingMembership Map(Entity row)
    {
        var reason = row.Choice(Membership.LeaveReason);
        return new ExistingMembership
        {
            PersonId = row.LookupId(Membership.ContactId) ?? Guid.Empty,
            NetworkId = row.LookupId(Membership.NetworkId) ?? Guid.Empty,
            Status = (MembershipStatus)(row.Choice(Membership.Status) ?? (int)MembershipStatus.Active),
            Source = (MembershipSource)(row.Choice(Membership.Source) ?? (int)MembershipSource.Staff),
            JoinedOn = row.GetAttributeValue<DateTime?>(Membership.JoinedOn),
            LeftOn = row.GetAttributeValue<DateTime?>(Membership.LeftOn),
            LeaveReason = reason.HasValue ? (LeaveReason?)reason.Value : null,
        };
    }
}
