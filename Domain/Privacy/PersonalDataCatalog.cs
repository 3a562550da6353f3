using System;
using System.Collections.Generic;
using System.Linq;
using C = AlumniCrm.Contract.Tables;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// The single list of every alumni table and column that holds personal data; the names come from the
/// schema contract generated from Solution/ (a column the solution does not have fails the build).
/// Export (access requests) and erasure both enumerate it, and a test compares it with the data model,
/// so a new personal column is added here or the build fails.
/// <para>
/// Decisions: contact, qualifications, memberships and consents are deleted. Engagements are anonymised
/// (text and the link to the person cleared; type, date, faculty and value kept) so faculty statistics
/// survive. A network keeps existing; only the person as its contact person is cleared.
/// Memberships are deleted rather than anonymised because the alternate key (person, network) cannot hold
/// unlinked rows.
/// </para>
/// </summary>
public static class PersonalDataCatalog
{
    public const string ContactTable = C.contact.LogicalName;

    public static IReadOnlyList<PersonalDataTable> Tables { get; } = new[]
    {
        new PersonalDataTable(C.contact.LogicalName, C.contact.Columns.contactid, ErasureAction.DeleteRows, Deleted(
            C.contact.Columns.firstname, C.contact.Columns.lastname, C.contact.Columns.fullname, C.contact.Columns.emailaddress1, C.contact.Columns.mobilephone, C.contact.Columns.birthdate, C.contact.Columns.gendercode,
            C.contact.Columns.donotbulkemail, C.contact.Columns.donotemail, C.contact.Columns.donotphone, C.contact.Columns.donotpostalmail, C.contact.Columns.donotsendmm,
            C.contact.Columns.alm_fsstudentnumber, C.contact.Columns.alm_fspersonnumber,
            C.contact.Columns.alm_alumnistatus, C.contact.Columns.alm_alumnistatusreason, C.contact.Columns.alm_alumnidefinitionid, C.contact.Columns.alm_qualifyingqualificationid,
            C.contact.Columns.alm_alumnistatusdecidedon, C.contact.Columns.alm_firstgraduationdate, C.contact.Columns.alm_latestgraduationdate,
            C.contact.Columns.alm_employer, C.contact.Columns.alm_industry, C.contact.Columns.alm_countryofresidence,
            C.contact.Columns.alm_isdeceased, C.contact.Columns.alm_deceasedon, C.contact.Columns.alm_isstaff, C.contact.Columns.alm_registrationsource, C.contact.Columns.alm_preregisteredon, C.contact.Columns.alm_flagsrecomputeon),
            "The person. Deleted last, after every row that refers to it is dealt with."),

        new PersonalDataTable(C.alm_qualification.LogicalName, C.alm_qualification.Columns.alm_contactid, ErasureAction.DeleteRows, Deleted(
            C.alm_qualification.Columns.alm_name, C.alm_qualification.Columns.alm_contactid, C.alm_qualification.Columns.alm_studyprogrammeid, C.alm_qualification.Columns.alm_degreelevel, C.alm_qualification.Columns.alm_awardedon, C.alm_qualification.Columns.alm_credits,
            C.alm_qualification.Columns.alm_fsstatus, C.alm_qualification.Columns.alm_iscompleted, C.alm_qualification.Columns.alm_term, C.alm_qualification.Columns.alm_source, C.alm_qualification.Columns.alm_sourcekey),
            "Study history copied from FS; graduate statistics come from FS itself."),

        new PersonalDataTable(C.alm_networkmembership.LogicalName, C.alm_networkmembership.Columns.alm_contactid, ErasureAction.DeleteRows, Deleted(
            C.alm_networkmembership.Columns.alm_name, C.alm_networkmembership.Columns.alm_contactid, C.alm_networkmembership.Columns.alm_networkid, C.alm_networkmembership.Columns.alm_membershipstatus, C.alm_networkmembership.Columns.alm_membershipsource,
            C.alm_networkmembership.Columns.alm_leavereason, C.alm_networkmembership.Columns.alm_joinedon, C.alm_networkmembership.Columns.alm_lefton, C.alm_networkmembership.Columns.alm_leavecomment),
            "Affiliations of the person; the (person, network) key cannot hold unlinked rows."),

        new PersonalDataTable(C.alm_consent.LogicalName, C.alm_consent.Columns.alm_contactid, ErasureAction.DeleteRows, Deleted(
            C.alm_consent.Columns.alm_name, C.alm_consent.Columns.alm_contactid, C.alm_consent.Columns.alm_purpose, C.alm_consent.Columns.alm_channel, C.alm_consent.Columns.alm_consentstatus, C.alm_consent.Columns.alm_lawfulbasis,
            C.alm_consent.Columns.alm_validfrom, C.alm_consent.Columns.alm_validuntil, C.alm_consent.Columns.alm_source, C.alm_consent.Columns.alm_evidence, C.alm_consent.Columns.alm_statementversion,
            C.alm_consent.Columns.alm_recordedbyid, C.alm_consent.Columns.alm_recordedon),
            "Nobody is contacted after erasure, so nothing is left to prove; the suppression entry prevents re-import."),

        new PersonalDataTable(C.alm_engagement.LogicalName, C.alm_engagement.Columns.alm_contactid, ErasureAction.AnonymiseRows, new[]
            {
                new PersonalDataColumn(C.alm_engagement.Columns.alm_contactid, ColumnErasure.Clear),
                new PersonalDataColumn(C.alm_engagement.Columns.alm_name, ColumnErasure.Clear),
                new PersonalDataColumn(C.alm_engagement.Columns.alm_description, ColumnErasure.Clear),
                new PersonalDataColumn(C.alm_engagement.Columns.alm_engagementtype, ColumnErasure.Keep),
                new PersonalDataColumn(C.alm_engagement.Columns.alm_date, ColumnErasure.Keep),
                new PersonalDataColumn(C.alm_engagement.Columns.alm_facultyid, ColumnErasure.Keep),
                new PersonalDataColumn(C.alm_engagement.Columns.alm_estimatedvalue, ColumnErasure.Keep),
            },
            "Faculty engagement statistics (who did what is gone; what was done, when and for which faculty stays)."),

        new PersonalDataTable(C.alm_network.LogicalName, C.alm_network.Columns.alm_contactpersonid, ErasureAction.AnonymiseRows, new[]
            {
                new PersonalDataColumn(C.alm_network.Columns.alm_contactpersonid, ColumnErasure.Clear),
            },
            "The network stays; the person is removed as its contact person."),
    };

    public static PersonalDataTable? Find(string logicalName) =>
        Tables.FirstOrDefault(t => string.Equals(t.LogicalName, logicalName, StringComparison.OrdinalIgnoreCase));

    private static PersonalDataColumn[] Deleted(params string[] columns) =>
        columns.Select(c => new PersonalDataColumn(c, ColumnErasure.DeleteWithRow)).ToArray();
}
