using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Common;
using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// What follows from marking a person deceased (<c>alm_isdeceased</c>, <c>alm_deceasedon</c>):
/// every do-not flag set, and every active or suspended membership ended with reason Deceased on the
/// date of death. No withdrawal rows are appended: the ledger records what the person said, and the
/// deceased fact already blocks every contact in <see cref="ContactabilityRules"/>. If the marking was a
/// mistake, clearing it restores contactability at once — synthetic withdrawals could never be undone.
/// </summary>
public static class DeceasedPolicy
{
    public static DeceasedDecision Decide(
        PersonContactFacts person,
        IReadOnlyList<ConsentRecord> ledger,
        ContactFlags currentFlags,
        IEnumerable<PersonMembership> memberships,
        DateTime asOf,
        EntitlementWindows windows)
    {
        if (person == null) throw new ArgumentNullException(nameof(person));
        if (memberships == null) throw new ArgumentNullException(nameof(memberships));

        if (!person.IsDeceased)
            return new DeceasedDecision
            {
                Errors = new[] { "The person is not marked as deceased; nothing to do." },
            };

        if (person.DeceasedOn is { } died && died.Date > asOf.Date)
            return new DeceasedDecision
            {
                Errors = new[] { "The date of death " + DateText.Day(died) + " lies in the future." },
            };

        var leftOn = (person.DeceasedOn ?? asOf).Date;
        var endings = memberships
            .Where(m => m.Status == MembershipStatus.Active || m.Status == MembershipStatus.Suspended)
            .Select(m => new MembershipEnding(
                m.MembershipId,
                m.NetworkId,
                LeaveReason.Deceased,
                // A membership created after the date of death (late import) cannot end before it began.
                m.JoinedOn is { } joined && joined.Date > leftOn ? joined.Date : leftOn))
            .ToList();

        return new DeceasedDecision
        {
            Flags = ContactFlagsPolicy.Decide(person, ledger, currentFlags, asOf, windows),
            MembershipsToEnd = endings,
        };
    }
}
