namespace AlumniCrm.DataImport.Mapping;

/// <summary>
/// Recognises columns that hold a national identity number (Norwegian fødselsnummer or D-nummer and
/// the Nordic equivalents). Such numbers change over time and must never be stored, so these columns
/// are dropped before any value is read.
/// </summary>
public static class NationalIdentityColumns
{
    private static readonly HashSet<string> ExactNames =
    [
        "fnr", "fodselsnr", "personnr", "personnummer", "personnumber", "dnr", "dnummer",
        "ssn", "nin", "nid", "nationalid", "idnumber", "identitynumber", "socialsecuritynumber",
        "personalid", "personalidnumber", "personalidentitynumber", "personalcode",
        "hetu", "henkilotunnus", "cpr", "cprnr", "cprnummer", "kennitala",
    ];

    // Longer names that give themselves away wherever they appear in a column name.
    private static readonly string[] NameParts = ["fodselsnummer", "personnummer", "nationalidentity", "nationalidnumber", "socialsecurity"];

    public static bool IsNationalIdentityColumn(string columnName)
    {
        var normalized = HeaderNameNormalizer.Normalize(columnName);
        return ExactNames.Contains(normalized) || NameParts.Any(normalized.Contains);
    }
}
