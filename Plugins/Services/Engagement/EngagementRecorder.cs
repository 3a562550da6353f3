using System;
using System.Linq;
using AlumniCrm.Domain.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using E = AlumniCrm.Plugins.Services.Schema.Engagement;
using P = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Engagement;

/// <summary>
/// Records what an alumnus did (guest lecture, mentoring, board seat …), so volunteers can be thanked
/// at the yearly event and the pilot can count engagement per faculty. One read of the person (for the
/// row's name), one create.
/// </summary>
public static class EngagementRecorder
{
    private const int NameLength = 200;
    private const int DescriptionLength = 2000;

    public static Guid Record(IOrganizationService service, EngagementEntry entry, DateTime today)
    {
        if (entry.PersonId == Guid.Empty)
            throw new RuleViolationException("An engagement needs the person who contributed.");
        if (!Enum.IsDefined(typeof(EngagementType), entry.Type))
            throw new RuleViolationException("The value " + entry.Type + " is not an engagement type. Use one of: " +
                                             string.Join(", ", Enum.GetValues(typeof(EngagementType)).Cast<EngagementType>().Select(EngagementTypeText.Label)) + ".");
        if (entry.EstimatedValue < 0)
            throw new RuleViolationException("The estimated value of an engagement cannot be negative (it was " + entry.EstimatedValue + " NOK).");
        if (entry.Description?.Length > DescriptionLength)
            throw new RuleViolationException("The description of an engagement can be at most " + DescriptionLength + " characters long (it was " + entry.Description.Length + ").");

        var person = service.Retrieve(P.Table, entry.PersonId, new ColumnSet(P.FullName, P.FirstName, P.LastName));
        var date = (entry.Date ?? today).Date;
        var row = new Entity(E.Table)
        {
            [E.Name] = NameOf((EngagementType)entry.Type, Consent.ContactFactsReader.DisplayName(person), date),
            [E.ContactId] = new EntityReference(P.Table, entry.PersonId),
            [E.Type] = new OptionSetValue(entry.Type),
            [E.Date] = date,
        };
        if (entry.FacultyId is { } faculty) row[E.FacultyId] = new EntityReference(Schema.Faculty.Table, faculty);
        if (entry.EstimatedValue is { } value) row[E.EstimatedValue] = new Money(value);
        if (!string.IsNullOrWhiteSpace(entry.Description)) row[E.Description] = entry.Description;
        return service.Create(row);
    }

    /// <summary>"Guest lecture: Ola Nordmann, 2025-03-05" — what the volunteers view lists.</summary>
    public static string NameOf(EngagementType type, string personName, DateTime date)
    {
        var name = EngagementTypeText.Label(type) + ": " + (string.IsNullOrWhiteSpace(personName) ? "unnamed person" : personName) + ", " + DateText.Day(date);
        return name.Length <= NameLength ? name : name.Substring(0, NameLength);
    }
}
