using System;
using System.Collections.Generic;
using System.Linq;
using AlumniCrm.Domain.Alumni;
using AlumniCrm.Plugins.Services.Common;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Contact = AlumniCrm.Plugins.Services.Schema.Contact;
using Programme = AlumniCrm.Plugins.Services.Schema.StudyProgramme;
using Qualification = AlumniCrm.Plugins.Services.Schema.Qualification;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>
/// Reads contacts with their qualifications (and each qualification's programme, faculty and
/// institute) in bulk: one query for the contacts, one for all their qualifications with the
/// programme joined. Study rights are the qualification rows FS still has in force (AKTIV,
/// PERMISJON): the data model keeps results and rights in one table.
/// </summary>
public static class PersonReader
{
    private const string ProgrammeAlias = "programme";

    /// <summary>The contacts with these ids (2 queries per 1,000 contacts).</summary>
    public static IReadOnlyList<PersonRecord> ReadByIds(IOrganizationService service, IEnumerable<Guid> contactIds)
    {
        var contacts = QueryRunner.RetrieveByIds(service, contactIds, Contact.Id, ContactQuery);
        return WithQualifications(service, contacts);
    }

    /// <summary>The columns the rules and the status writer read, for page queries of other services.</summary>
    public static QueryExpression ContactQuery()
    {
        var query = new QueryExpression(Contact.Table)
        {
            ColumnSet = new ColumnSet(Contact.FullName, Contact.FirstName, Contact.LastName, Contact.IsStaff, Contact.PreregisteredOn, Contact.IsDeceased,
                Contact.AlumniStatus, Contact.AlumniStatusReason, Contact.QualifyingQualificationId, Contact.AlumniDefinitionId,
                Contact.FirstGraduationDate, Contact.LatestGraduationDate),
        };
        query.AddOrder(Contact.Id, OrderType.Ascending);
        return query;
    }

    /// <summary>Adds the qualifications of already read contact rows (1 query per 1,000 contacts).</summary>
    public static IReadOnlyList<PersonRecord> WithQualifications(IOrganizationService service, IReadOnlyList<Entity> contacts)
    {
        if (contacts.Count == 0) return Array.Empty<PersonRecord>();
        var qualifications = QueryRunner.RetrieveByIds(service, contacts.Select(c => c.Id), Qualification.ContactId, QualificationQuery)
            .GroupBy(q => q.LookupId(Qualification.ContactId) ?? Guid.Empty)
            .ToDictionary(g => g.Key, g => g.Select(MapQualification).ToList());

        return contacts.Select(c =>
        {
            List<QualificationFacts>? own;
            if (!qualifications.TryGetValue(c.Id, out own)) own = new List<QualificationFacts>();
            var stored = MapStored(c);
            var facts = new PersonFacts
            {
                PersonId = c.Id,
                Qualifications = PersonFacts.ResultsAmong(own),
                StudyRights = PersonFacts.StudyRightsAmong(own),
                IsStaff = c.Flag(Contact.IsStaff),
                PreregisteredOn = c.GetAttributeValue<DateTime?>(Contact.PreregisteredOn),
                IsDeceased = c.Flag(Contact.IsDeceased),
                Prior = stored.Prior,
            };
            return new PersonRecord(facts, stored, NameOf(c));
        }).ToList();
    }

    /// <summary>Full name; composed from first and last name where the platform has not filled it (yet).</summary>
    private static string NameOf(Entity contact)
    {
        var full = contact.GetAttributeValue<string>(Contact.FullName);
        if (!string.IsNullOrWhiteSpace(full)) return full!;
        var composed = ((contact.GetAttributeValue<string>(Contact.FirstName) ?? "") + " " + (contact.GetAttributeValue<string>(Contact.LastName) ?? "")).Trim();
        return composed.Length > 0 ? composed : contact.Id.ToString("D");
    }

    private static QueryExpression QualificationQuery()
    {
        var query = new QueryExpression(Qualification.Table)
        {
            ColumnSet = new ColumnSet(Qualification.ContactId, Qualification.StudyProgrammeId, Qualification.DegreeLevel,
                Qualification.AwardedOn, Qualification.Credits, Qualification.FsStatus, Qualification.IsCompleted),
        };
        var programme = query.AddLink(Programme.Table, Qualification.StudyProgrammeId, Programme.Id, JoinOperator.LeftOuter);
        programme.EntityAlias = ProgrammeAlias;
        programme.Columns = new ColumnSet(Programme.Code, Programme.FacultyId, Programme.InstituteId, Programme.DegreeLevel);
        return query;
    }

    private static QualificationFacts MapQualification(Entity row)
    {
        // The qualification's own level wins (FS may record it per result); else the programme's.
        var level = row.Choice(Qualification.DegreeLevel) ?? row.LinkedChoice(ProgrammeAlias, Programme.DegreeLevel);
        return new QualificationFacts
        {
            Id = row.Id,
            ProgrammeId = row.LookupId(Qualification.StudyProgrammeId),
            ProgrammeCode = row.LinkedText(ProgrammeAlias, Programme.Code),
            FacultyId = row.LinkedId(ProgrammeAlias, Programme.FacultyId),
            InstituteId = row.LinkedId(ProgrammeAlias, Programme.InstituteId),
            Level = level.HasValue ? (DegreeLevel?)level.Value : null,
            AwardedOn = row.GetAttributeValue<DateTime?>(Qualification.AwardedOn),
            Credits = row.GetAttributeValue<decimal?>(Qualification.Credits) ?? 0m,
            FsStatus = row.GetAttributeValue<string>(Qualification.FsStatus),
            IsCompletedFlag = row.Flag(Qualification.IsCompleted),
        };
    }

    private static StoredAlumniStatus MapStored(Entity contact)
    {
        var status = contact.Choice(Contact.AlumniStatus);
        return new StoredAlumniStatus
        {
            Status = status.HasValue ? (AlumniStatus?)status.Value : null,
            Reason = contact.GetAttributeValue<string>(Contact.AlumniStatusReason),
            QualifyingQualificationId = contact.LookupId(Contact.QualifyingQualificationId),
            DefinitionId = contact.LookupId(Contact.AlumniDefinitionId),
            FirstGraduationDate = contact.GetAttributeValue<DateTime?>(Contact.FirstGraduationDate),
            LatestGraduationDate = contact.GetAttributeValue<DateTime?>(Contact.LatestGraduationDate),
        };
    }
}
