namespace AlumniCrm.DataImport.WebApi;

/// <summary>The tables the importer reads and writes: logical name, entity set (the plural), alternate key column.</summary>
public sealed record Tables(string LogicalName, string EntitySet, string KeyColumn)
{
    public static readonly Tables Faculty = new("alm_faculty", "alm_faculties", "alm_code");
    public static readonly Tables Institute = new("alm_institute", "alm_institutes", "alm_code");
    public static readonly Tables Programme = new("alm_studyprogramme", "alm_studyprogrammes", "alm_code");
    public static readonly Tables Contact = new("contact", "contacts", "alm_fsstudentnumber");
    public static readonly Tables Qualification = new("alm_qualification", "alm_qualifications", "alm_sourcekey");
    public static readonly Tables Consent = new("alm_consent", "alm_consents", "alm_consentid");
    public static readonly Tables ImportRun = new("alm_importrun", "alm_importruns", "alm_importrunid");
    public static readonly Tables Network = new("alm_network", "alm_networks", "alm_networkid");
    public static readonly Tables AlumniDefinition = new("alm_alumnidefinition", "alm_alumnidefinitions", "alm_alumnidefinitionid");
    public static readonly Tables Membership = new("alm_networkmembership", "alm_networkmemberships", "alm_networkmembershipid");

    public string PrimaryId => LogicalName + "id";
}
