using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Consent;

/// <summary>Consent coverage over a set of persons, evaluated exactly as <see cref="ContactabilityRules"/> does.</summary>
public static class ConsentCoverage
{
    public static ConsentCoverageReport Measure(
        IEnumerable<PersonConsentState> persons,
        ConsentPurpose purpose,
        ContactChannel channel,
        DateTime asOf,
        EntitlementWindows windows)
    {
        if (persons == null) throw new ArgumentNullException(nameof(persons));
        var byOutcome = new Dictionary<ContactabilityOutcome, int>();
        int total = 0, allowed = 0, byLedger = 0, byInterest = 0;

        foreach (var state in persons)
        {
            var decision = ContactabilityRules.Evaluate(state.Person, state.Ledger, purpose, channel, asOf, windows);
            total++;
            byOutcome[decision.Outcome] = (byOutcome.TryGetValue(decision.Outcome, out var count) ? count : 0) + 1;
            if (!decision.Allowed) continue;
            allowed++;
            if (decision.Outcome == ContactabilityOutcome.AllowedByLedger) byLedger++;
            else byInterest++;
        }

        return new ConsentCoverageReport
        {
            Purpose = purpose,
            Channel = channel,
            AsOf = asOf,
            Total = total,
            Allowed = allowed,
            AllowedByLedger = byLedger,
            AllowedByLegitimateInterest = byInterest,
            ByOutcome = byOutcome,
        };
    }
}
