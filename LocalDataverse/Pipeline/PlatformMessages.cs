namespace AlumniCrm.LocalDataverse.Pipeline;

/// <summary>
/// The pipeline's message names, which is what steps register on and what
/// <c>IPluginExecutionContext.MessageName</c> says. For most requests the message name is the request
/// name; for the marketing-list requests the platform maps the request to a shorter message
/// (its sdkmessagerequest table): <c>AddMemberListRequest</c> is the message <c>AddMember</c>, and so
/// on. Sources: the platform's own message-name list as generated into public plugin-registration code
/// (MessageName.AddMember, AddListMembers, CopyMembers, QualifyMember, RemoveMember,
/// CopyDynamicListToStatic — no AddMemberList), the platform's primary-entity field map for those
/// messages on list (field ListId), and /work/shared/reference/solution-layout.md section 0, which was
/// checked with Microsoft's packager. See docs/sdk-message-ids.md.
/// </summary>
public static class PlatformMessages
{
    private static readonly Dictionary<string, string> MessageOfRequest = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AddMemberList"] = "AddMember",
        ["AddListMembersList"] = "AddListMembers",
        ["CopyMembersList"] = "CopyMembers",
        ["QualifyMemberList"] = "QualifyMember",
        ["RemoveMemberList"] = "RemoveMember",
    };

    /// <summary>System messages a step may be registered on (those the local Dataverse runs, and their platform names).</summary>
    public static IReadOnlySet<string> StepMessages { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Create", "Retrieve", "Update", "Delete", "RetrieveMultiple", "Upsert", "Associate", "Disassociate",
        "CreateMultiple", "UpdateMultiple", "UpsertMultiple", "SetState", "SetStateDynamicEntity", "Assign", "Merge",
        "GrantAccess", "ModifyAccess", "RevokeAccess",
        "AddMember", "AddListMembers", "CopyMembers", "QualifyMember", "RemoveMember", "CopyDynamicListToStatic",
    };

    /// <summary>The pipeline message a request runs as (the request name unless the platform maps it).</summary>
    public static string MessageNameOf(string requestName) =>
        MessageOfRequest.TryGetValue(requestName, out var message) ? message : requestName;

    /// <summary>Why a step cannot be registered on this name, or null when it can (custom APIs are checked by the caller).</summary>
    public static string? WhyNotAStepMessage(string name) =>
        MessageOfRequest.TryGetValue(name, out var message)
            ? $"'{name}' is a request name; the pipeline's message (what steps register on) is '{message}'"
            : StepMessages.Contains(name) ? null : $"Dataverse has no message '{name}' that this project registers steps on";
}
