using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Plugins.Services.Alumni;

namespace AlumniCrm.Plugins.Services.Enrolment;

/// <summary>What <see cref="EnrolmentService"/> did for a batch.</summary>
/// <param name="People">Every person read, with the decided status.</param>
/// <param name="Plan">The memberships created (<c>Enrolments</c>) and the pairs left alone, with reasons.</param>
/// <param name="StatusesChanged">Persons whose status or deciding qualification changed (the rules' <c>DiffersFrom</c>).</param>
/// <param name="ContactsWritten">Contacts updated (also when only the reason text or graduation dates changed).</param>
public sealed record EnrolmentOutcome(IReadOnlyList<AssessedPerson> People, EnrolmentPlan Plan, int StatusesChanged, int ContactsWritten)
{
    public static readonly EnrolmentOutcome Nothing = new EnrolmentOutcome(Array.Empty<AssessedPerson>(), EnrolmentPlan.Empty, 0, 0);
}
