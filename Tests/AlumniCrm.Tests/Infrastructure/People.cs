using System.Globalization;
using AlumniCrm.LocalDataverse;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Infrastructure;

/// <summary>Contacts and qualification rows shaped like an FS import.</summary>
public static class People
{
    /// <summary>Seeds <paramref name="count"/> contacts (no plugins) and returns their ids.</summary>
    public static IReadOnlyList<Guid> SeedContacts(InMemoryDataverseEnvironment env, int count, string prefix = "Graduate")
    {
        var ids = new List<Guid>(count);
        for (var i = 0; i < count; i++)
        {
            var contact = new Entity("contact")
            {
                ["firstname"] = prefix,
                ["lastname"] = (i + 1).ToString("D5", CultureInfo.InvariantCulture),
                ["alm_fsstudentnumber"] = prefix.ToUpperInvariant() + (100000 + i),
            };
            env.Seed(contact);
            ids.Add(contact.Id);
        }
        return ids;
    }

    /// <summary>A completed qualification row as the importer writes it.</summary>
    public static Entity CompletedQualification(Guid contactId, Guid programmeId, string programmeCode, int level,
        DateTime awardedOn, decimal credits = 180m, string? sourceKey = null) =>
        new("alm_qualification")
        {
            ["alm_name"] = programmeCode + " " + awardedOn.Year,
            ["alm_contactid"] = new EntityReference("contact", contactId),
            ["alm_studyprogrammeid"] = new EntityReference("alm_studyprogramme", programmeId),
            ["alm_degreelevel"] = new OptionSetValue(level),
            ["alm_awardedon"] = awardedOn,
            ["alm_credits"] = credits,
            ["alm_fsstatus"] = "FULLFØRT",
            ["alm_iscompleted"] = true,
            ["alm_sourcekey"] = sourceKey ?? "FS:" + contactId.ToString("N") + ":" + programmeCode,
        };

    /// <summary>A result that is not completed (still studying or dropped out).</summary>
    public static Entity UnfinishedQualification(Guid contactId, Guid programmeId, string programmeCode, int level, decimal credits = 60m) =>
        new("alm_qualification")
        {
            ["alm_name"] = programmeCode,
            ["alm_contactid"] = new EntityReference("contact", contactId),
            ["alm_studyprogrammeid"] = new EntityReference("alm_studyprogramme", programmeId),
            ["alm_degreelevel"] = new OptionSetValue(level),
            ["alm_credits"] = credits,
            ["alm_fsstatus"] = "AVBRUTT",
            ["alm_iscompleted"] = false,
            ["alm_sourcekey"] = "FS:" + contactId.ToString("N") + ":" + programmeCode,
        };

    public static EntityCollection Batch(IEnumerable<Entity> rows, string table) =>
        new(rows.ToList()) { EntityName = table };
}
