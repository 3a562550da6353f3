using System;
using System.Collections.Generic;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Contact = AlumniCrm.Plugins.Services.Schema.Contact;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>
/// Writes alumni status decisions to contacts: only the columns that differ from what is stored,
/// only for contacts where something differs, all in one UpdateMultiple.
/// </summary>
public static class ContactStatusWriter
{
    /// <returns>How many contacts were written.</returns>
    public static int WriteChanged(IOrganizationService service, IEnumerable<AssessedPerson> people, DateTime asOf)
    {
        var updates = new List<Entity>();
        foreach (var person in people)
        {
            var update = ChangesFor(person.Record.Facts.PersonId, person.Record.Stored, person.Candidate.AlumniStatus, asOf);
            if (update != null) updates.Add(update);
        }
        BulkWriter.Update(service, Contact.Table, updates);
        return updates.Count;
    }

    /// <summary>The update for one contact, or null when the stored columns already say it all.</summary>
    public static Entity? ChangesFor(Guid contactId, StoredAlumniStatus stored, AlumniStatusDecision decision, DateTime asOf)
    {
        var update = new Entity(Contact.Table, contactId);
        if (stored.Status != decision.Status) update[Contact.AlumniStatus] = new OptionSetValue((int)decision.Status);
        if (!string.Equals(stored.Reason ?? "", decision.Reason, StringComparison.Ordinal)) update[Contact.AlumniStatusReason] = decision.Reason;
        if (stored.QualifyingQualificationId != decision.DecidingQualificationId)
            update[Contact.QualifyingQualificationId] = decision.DecidingQualificationId.HasValue
                ? new EntityReference(Schema.Qualification.Table, decision.DecidingQualificationId.Value) : null;
        if (stored.DefinitionId != decision.DefinitionId)
            update[Contact.AlumniDefinitionId] = new EntityReference(Schema.AlumniDefinition.Table, decision.DefinitionId);
        if (stored.FirstGraduationDate?.Date != decision.FirstGraduationDate?.Date) update[Contact.FirstGraduationDate] = decision.FirstGraduationDate?.Date;
        if (stored.LatestGraduationDate?.Date != decision.LatestGraduationDate?.Date) update[Contact.LatestGraduationDate] = decision.LatestGraduationDate?.Date;
        if (update.Attributes.Count == 0) return null;
        update[Contact.AlumniStatusDecidedOn] = asOf;
        return update;
    }
}
