using System;
using System.Collections.Generic;
using System.Linq;

namespace AlumniCrm.Domain.Privacy;

/// <summary>
/// The single list of every alumni table and column that holds personal data (docs/data-model.md).
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
    public const string ContactTable = "contact";

    public static IReadOnlyList<PersonalDataTable> Tables { get; } = new[]
    {
        new PersonalDataTable("contact", "contactid", ErasureAction.DeleteRows, Deleted(
            "firstname", "lastname", "fullname", "emailaddress1", "mobilephone", "birthdate", "gendercode",
            "donotbulkemail", "donotemail", "donotphone", "donotpostalmail", "donotsendmm",
            "alm_fsstudentnumber", "alm_fspersonnumber",
            "alm_alumnistatus", "alm_alumnistatusreason", "alm_alumnidefinitionid", "alm_qualifyingqualificationid",
            "alm_alumnistatusdecidedon", "alm_firstgraduationdate", "alm_latestgraduationdate",
            "alm_employer", "alm_industry", "alm_countryofresidence",
            "alm_isdeceased", "alm_deceasedon", "alm_isstaff", "alm_registrationsource", "alm_preregisteredon", "alm_flagsrecomputeon"),
            "The person. Deleted last, after every row that refers to it is dealt with."),

        new PersonalDataTable("alm_qualification", "alm_contactid", ErasureAction.DeleteRows, Deleted(
            "alm_name", "alm_contactid", "alm_studyprogrammeid", "alm_degreelevel", "alm_awardedon", "alm_credits",
            "alm_fsstatus", "alm_iscompleted", "alm_term", "alm_source", "alm_sourcekey"),
            "Study history copied from FS; graduate statistics come from FS itself."),

        new PersonalDataTable("alm_networkmembership", "alm_contactid", ErasureAction.DeleteRows, Deleted(
            "alm_name", "alm_contactid", "alm_networkid", "alm_membershipstatus", "alm_membershipsource",
            "alm_leavereason", "alm_joinedon", "alm_lefton", "alm_leavecomment"),
            "Affiliations of the person; the (person, network) key cannot hold unlinked rows."),

        new PersonalDataTable("alm_consent", "alm_contactid", ErasureAction.DeleteRows, Deleted(
            "alm_name", "alm_contactid", "alm_purpose", "alm_channel", "alm_consentstatus", "alm_lawfulbasis",
            "alm_validfrom", "alm_validuntil", "alm_source", "alm_evidence", "alm_statementversion",
            "alm_recordedbyid", "alm_recordedon"),
            "Nobody is contacted after erasure, so nothing is left to prove; the suppression entry prevents re-import."),

        new PersonalDataTable("alm_engagement", "alm_contactid", ErasureAction.AnonymiseRows, new[]
            {
                new PersonalDataColumn("alm_contactid", ColumnErasure.Clear),
                new PersonalDataColumn("alm_name", ColumnErasure.Clear),
                new PersonalDataColumn("alm_description", ColumnErasure.Clear),
                new PersonalDataColumn("alm_engagementtype", ColumnErasure.Keep),
                new PersonalDataColumn("alm_date", ColumnErasure.Keep),
                new PersonalDataColumn("alm_facultyid", ColumnErasure.Keep),
                new PersonalDataColumn("alm_estimatedvalue", ColumnErasure.Keep),
            },
            "Faculty engagement statistics (who did what is gone; what was done, when and for which faculty stays)."),

        new PersonalDataTable("alm_network", "alm_contactpersonid", ErasureAction.AnonymiseRows, new[]
            {
                new PersonalDataColumn("alm_contactpersonid", ColumnErasure.Clear),
            },
            "The network stays; the person is removed as its contact person."),
    };

    public static PersonalDataTable? Find(string logicalName) =>
        Tables.FirstOrDefault(t => string.Equals(t.LogicalName, logicalName, StringComparison.OrdinalIgnoreCase));

    private static PersonalDataColumn[] Deleted(params string[] columns) =>
        columns.Select(c => new PersonalDataColumn(c, ColumnErasure.DeleteWithRow)).ToArray();
}
