namespace AlumniCrm.LocalDataverse.Store;

/// <summary>Naming conventions of Dataverse tables the store relies on.</summary>
public static class TableNames
{
    public const string SystemUser = "systemuser";
    public const string BusinessUnit = "businessunit";
    public const string Organization = "organization";
    public const string Team = "team";
    public const string List = "list";
    public const string ListMember = "listmember";
    public const string PrincipalObjectAccess = "principalobjectaccess";

    /// <summary>
    /// The primary key column: <c>&lt;table&gt;id</c> for every table the product uses
    /// (activity tables, whose key is <c>activityid</c>, are not modelled).
    /// </summary>
    public static string PrimaryIdAttribute(string table) => table + "id";
}
