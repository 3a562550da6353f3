using System;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Plugins.Services.Alumni;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Entitlements;

/// <summary>
/// "What is this person entitled to on this date?" (the workflow activity "Alumni entitlements").
/// The status comes from the same rule and the same facts the plugins use, so it is what they store
/// (or would store right now); the windows come from the same active alumni definition. Read-only:
/// 2 queries for the person, 1 for the definition.
/// </summary>
public static class EntitlementsQuestion
{
    public static PersonEntitlements Ask(IOrganizationService service, Guid contactId, DateTime asOf)
    {
        var people = PersonReader.ReadByIds(service, new[] { contactId });
        if (people.Count == 0)
            throw new RuleViolationException("Contact " + contactId.ToString("D") + " does not exist, so its alumni entitlements cannot be looked up.");

        var definition = AlumniDefinitionReader.ReadActive(service);
        var status = AlumniStatusRules.Decide(people[0].Facts, definition);
        var windows = new EntitlementWindows(definition.LegitimateInterestYears, definition.CareerServicesYears);
        return new PersonEntitlements(status, AlumniEntitlements.For(status.LatestGraduationDate, windows, asOf));
    }
}
