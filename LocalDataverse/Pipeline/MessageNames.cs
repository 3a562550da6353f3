namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// Message names and Dataverse's equivalence between single and bulk messages: a step on Create
/// also runs for each item of a CreateMultiple, and a step on CreateMultiple also runs for a
/// single Create (likewise Update/UpdateMultiple and Upsert/UpsertMultiple).
/// </summary>
internal static class MessageNames
{
    public const string Create = "Create";
    public const string Retrieve = "Retrieve";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string RetrieveMultiple = "RetrieveMultiple";
    public const string Upsert = "Upsert";
    public const string Associate = "Associate";
    public const string Disassociate = "Disassociate";
    public const string ExecuteMultiple = "ExecuteMultiple";
    public const string ExecuteTransaction = "ExecuteTransaction";
    public const string CreateMultiple = "CreateMultiple";
    public const string UpdateMultiple = "UpdateMultiple";
    public const string UpsertMultiple = "UpsertMultiple";
    public const string WhoAmI = "WhoAmI";
    public const string SetState = "SetState";
    public const string GrantAccess = "GrantAccess";
    public const string ModifyAccess = "ModifyAccess";
    public const string RevokeAccess = "RevokeAccess";
    public const string AddMemberList = "AddMemberList";
    public const string AddListMembersList = "AddListMembersList";
    public const string CopyMembersList = "CopyMembersList";
    public const string QualifyMemberList = "QualifyMemberList";
    public const string CopyDynamicListToStatic = "CopyDynamicListToStatic";

    private static readonly Dictionary<string, string> MultipleOf = new(StringComparer.OrdinalIgnoreCase)
    {
        [Create] = CreateMultiple,
        [Update] = UpdateMultiple,
        [Upsert] = UpsertMultiple,
    };

    private static readonly Dictionary<string, string> SingleOf =
        MultipleOf.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static bool IsMultiple(string message) => SingleOf.ContainsKey(message);

    public static bool HasTargets(string message) => MultipleOf.ContainsKey(message) || SingleOf.ContainsKey(message);

    /// <summary>The equivalent message whose steps also run, or null.</summary>
    public static string? EquivalentOf(string message) =>
        MultipleOf.TryGetValue(message, out var multiple) ? multiple : SingleOf.TryGetValue(message, out var single) ? single : null;

    /// <summary>Create, Update or Upsert for a message of that family.</summary>
    public static string SingleFamily(string message) => SingleOf.TryGetValue(message, out var single) ? single : message;

    public static bool HasFilteringAttributes(string message) =>
        SingleFamily(message) is var single && (single.Equals(Update, StringComparison.OrdinalIgnoreCase) || single.Equals(Upsert, StringComparison.OrdinalIgnoreCase));

    public static bool HasPreImage(string message) => !SingleFamily(message).Equals(Create, StringComparison.OrdinalIgnoreCase);

    public static bool HasPostImage(string message) => !message.Equals(Delete, StringComparison.OrdinalIgnoreCase);
}
