using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Common;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Common;
using AlumniCrm.Plugins.Services.Enrolment;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Membership = AlumniCrm.Plugins.Services.Schema.Membership;

namespace AlumniCrm.Plugins.Services.Access;

/// <summary>
/// Before memberships are created (any number at once): give each to the alumni team of its
/// network's faculty (docs/security.md), fill the defaults (Active, Staff, joined today), and refuse a
/// second membership of the same person in the same network when staff or the person add one by
/// hand. Automatic enrolments were checked by the planner, so they cost one query; manual ones two.
/// </summary>
public static class MembershipOwnershipService
{
    public static void Prepare(IOrganizationService service, IReadOnlyList<Entity> targets, DateTime asOf)
    {
        if (targets.Count == 0) return;
        foreach (var target in targets) RequireReferences(target);

        var networks = NetworkOwnership.Read(service, targets.Select(t => NetworkOf(t)));
        foreach (var target in targets)
        {
            NetworkOwnership? network;
            if (!networks.TryGetValue(NetworkOf(target), out network) || network == null)
                throw new RuleViolationException("The network " + NetworkOf(target).ToString("D") + " of the new membership does not exist.");
            if (network.MembershipOwner != null) target[Membership.OwnerId] = network.MembershipOwner;
            if (!target.Contains(Membership.Status) || target[Membership.Status] == null)
                target[Membership.Status] = new OptionSetValue((int)MembershipStatus.Active);
            if (!target.Contains(Membership.Source) || target[Membership.Source] == null)
                target[Membership.Source] = new OptionSetValue((int)MembershipSource.Staff);
            if (!target.Contains(Membership.JoinedOn) || target[Membership.JoinedOn] == null)
                target[Membership.JoinedOn] = asOf.Date;
        }

        var manual = targets.Where(t => t.GetAttributeValue<OptionSetValue>(Membership.Source).Value != (int)MembershipSource.Automatic).ToList();
        if (manual.Count > 0) RefuseDuplicates(service, targets, manual, networks);
    }

    private static void RequireReferences(Entity target)
    {
        if (target.GetAttributeValue<EntityReference>(Membership.ContactId) == null || target.GetAttributeValue<EntityReference>(Membership.NetworkId) == null)
            throw new RuleViolationException("A network membership needs both a person and a network; the new membership '" +
                                             (target.GetAttributeValue<string>(Membership.Name) ?? "(no name)") + "' lacks one.");
    }

    private static void RefuseDuplicates(IOrganizationService service, IReadOnlyList<Entity> all, IReadOnlyList<Entity> manual,
        IReadOnlyDictionary<Guid, NetworkOwnership> networks)
    {
        var existing = MembershipReader.ReadForPersons(service, manual.Select(ContactOf))
            .Where(m => networks.ContainsKey(m.NetworkId)).ToList();
        foreach (var target in manual)
        {
            var contactId = ContactOf(target);
            var networkId = NetworkOf(target);
            var stored = existing.FirstOrDefault(m => m.PersonId == contactId && m.NetworkId == networkId);
            var twiceInBatch = all.Count(t => ContactOf(t) == contactId && NetworkOf(t) == networkId) > 1;
            if (stored == null && !twiceInBatch) continue;

            var person = service.Retrieve(Schema.Contact.Table, contactId, new ColumnSet(Schema.Contact.FullName))
                .GetAttributeValue<string>(Schema.Contact.FullName) ?? contactId.ToString("D");
            var state = stored == null
                ? "is listed twice in this request"
                : "already has a membership (" + stored.Status.ToString().ToLowerInvariant() +
                  (stored.Status == MembershipStatus.Left && stored.LeftOn.HasValue ? " since " + DateText.Day(stored.LeftOn.Value) : "") + ")";
            throw new RuleViolationException(person + " " + state + " in the network '" + networks[networkId].Name +
                                             "'. A person has one membership per network: edit or reactivate the existing one instead of adding another.");
        }
    }

    private static Guid ContactOf(Entity target) => target.GetAttributeValue<EntityReference>(Membership.ContactId).Id;

    private static Guid NetworkOf(Entity target) => target.GetAttributeValue<EntityReference>(Membership.NetworkId).Id;
}
