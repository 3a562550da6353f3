using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using M = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Services.Consent;

/// <summary>
/// What marking a person deceased writes (<see cref="DeceasedPolicy"/>): every do-not flag, and every
/// active or suspended membership ended with reason Deceased. Clearing the marking recomputes the
/// flags from the ledger (memberships stay ended).
/// </summary>
public static class DeceasedMarking
{
    public static readonly string[] MembershipColumns = { M.NetworkId, M.Status, M.JoinedOn };

    /// <summary>After the contact's deceased columns changed; <paramref name="person"/> is the row as saved.</summary>
    public static void Changed(IOrganizationService service, Entity person, DateTime now, ITracingService tracing)
    {
        var snapshot = ContactFactsReader.FromRow(person);
        if (!snapshot.Facts.IsDeceased)
        {
            ContactFlagsSync.Synchronise(service, new[] { person.Id }, now, tracing);
            return;
        }

        var windows = EntitlementWindowsReader.Active(service);
        var ledger = ConsentLedgerReader.ForPeople(service, new[] { person.Id })[person.Id];
        var memberships = QueryRunner.WhereIn(service, M.Table, M.ContactId, new[] { person.Id }, MembershipColumns).Select(ToMembership).ToList();
        var decision = Decide(snapshot, ledger, memberships, now, windows);

        ContactFlagWrites.Write(service, person.Id, decision.Flags.Changes);
        foreach (var ending in decision.MembershipsToEnd)
        {
            tracing.Trace("Ending membership {0} of contact {1}: deceased, left on {2:yyyy-MM-dd}", ending.MembershipId, person.Id, ending.LeftOn);
            service.Update(new Entity(M.Table, ending.MembershipId)
            {
                [M.Status] = ChoiceValues.Of((int)MembershipStatus.Left),
                [M.LeaveReason] = ChoiceValues.Of((int)ending.Reason),
                [M.LeftOn] = ending.LeftOn,
            });
        }
    }

    /// <summary>A person created as deceased (e.g. by the import): the flags go into the row itself.</summary>
    public static void Creating(IOrganizationService service, Entity target, DateTime now)
    {
        var snapshot = ContactFactsReader.FromRow(target);
        if (!snapshot.Facts.IsDeceased) return;
        var decision = Decide(snapshot, Array.Empty<ConsentRecord>(), Array.Empty<PersonMembership>(), now, EntitlementWindowsReader.Active(service));
        ContactFlagWrites.Apply(target, decision.Flags.Changes);
    }

    private static DeceasedDecision Decide(
        PersonSnapshot person, IReadOnlyList<ConsentRecord> ledger, IReadOnlyList<PersonMembership> memberships, DateTime now, EntitlementWindows windows)
    {
        var decision = DeceasedPolicy.Decide(person.Facts, ledger, person.Flags, memberships, now, windows);
        if (!decision.IsValid)
        {
            var who = person.DisplayName.Length > 0 ? person.DisplayName : "The contact " + person.Id.ToString("D");
            throw new RuleViolationException(who + " cannot be marked as deceased: " + string.Join(" ", decision.Errors));
        }
        return decision;
    }

    private static PersonMembership ToMembership(Entity row) => new()
    {
        MembershipId = row.Id,
        NetworkId = row.GetAttributeValue<EntityReference>(M.NetworkId)?.Id ?? Guid.Empty,
        Status = ChoiceValues.Read<MembershipStatus>(row, M.Status) ?? MembershipStatus.Active,
        JoinedOn = row.GetAttributeValue<DateTime?>(M.JoinedOn),
    };
}
