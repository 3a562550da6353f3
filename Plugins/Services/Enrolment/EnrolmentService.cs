using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Alumni;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>
/// Decides the alumni status of a batch of persons and enrols them in the automatic networks they
/// qualify for. A batch of up to 1,000 persons costs 5 queries (definition, contacts,
/// qualifications, networks with programmes, memberships), at most one UpdateMultiple of contacts and
/// at most one CreateMultiple of memberships — whatever its size.
/// Used by the qualification step, the enrol and recompute APIs and the workflow activities.
/// </summary>
public sealed class EnrolmentService
{
    private readonly IOrganizationService _service;

    public EnrolmentService(IOrganizationService service) => _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>One person (the <c>alm_EnrolInEligibleNetworks</c> API and the workflow activity).</summary>
    public EnrolmentOutcome EnrolPerson(Guid contactId, DateTime asOf)
    {
        var people = PersonReader.ReadByIds(_service, new[] { contactId });
        if (people.Count == 0)
            throw new RuleViolationException("Contact " + contactId.ToString("D") + " does not exist, so it cannot be enrolled in any network.");
        return Process(people, asOf);
    }

    /// <summary>The persons with these ids (e.g. the contacts of 1,000 imported qualifications).</summary>
    public EnrolmentOutcome ProcessContacts(IEnumerable<Guid> contactIds, DateTime asOf)
    {
        var ids = contactIds.Where(id => id != Guid.Empty).Distinct().ToList();
        return ids.Count == 0 ? EnrolmentOutcome.Nothing : Process(PersonReader.ReadByIds(_service, ids), asOf);
    }

    /// <summary>Persons already read (a page of the recompute API).</summary>
    public EnrolmentOutcome Process(IReadOnlyList<PersonRecord> people, DateTime asOf)
    {
        if (people.Count == 0) return EnrolmentOutcome.Nothing;
        var definition = AlumniDefinitionReader.ReadActive(_service);
        var assessed = people.Select(p => new AssessedPerson(p, EnrolmentCandidate.Assess(p.Facts, definition))).ToList();
        var statusesChanged = assessed.Count(a => a.Candidate.AlumniStatus.DiffersFrom(a.Record.Facts.Prior));
        var written = ContactStatusWriter.WriteChanged(_service, assessed, asOf);

        var networks = NetworkRuleReader.ReadAutomatic(_service);
        var plan = EnrolmentPlan.Empty;
        if (networks.Count > 0)
        {
            var memberships = MembershipReader.ReadForPersons(_service, people.Select(p => p.Facts.PersonId));
            plan = AutoEnrolmentPlanner.Plan(assessed.Select(a => a.Candidate), networks, memberships, asOf);
            MembershipWriter.CreatePlanned(_service, plan.Enrolments, NamesOf(people));
        }
        return new EnrolmentOutcome(assessed, plan, statusesChanged, written);
    }

    internal static IReadOnlyDictionary<Guid, string> NamesOf(IEnumerable<PersonRecord> people)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var person in people) names[person.Facts.PersonId] = person.Name;
        return names;
    }
}
