using System.Security.Cryptography;
using System.Text;

namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// The sdkmessage ids step files refer to (identical in every environment). Only ids published by
/// Microsoft are listed — from the "Use messages with the SDK for .NET" page of the Dataverse
/// docs (the sdkmessagefilter listing for account). Ids of other messages (Associate,
/// Disassociate, Upsert, CreateMultiple, UpdateMultiple, UpsertMultiple…) are not published
/// there: the project's step files use the placeholders of docs/sdk-message-ids.md for them
/// (<see cref="ProjectPlaceholders"/>, mapped by default so tests and step files share one table),
/// to be replaced by the real ids read from an environment (<c>sdkmessages?$select=name</c>).
/// Others can be mapped with <see cref="InMemoryDataverseEnvironment.MapSdkMessageId"/>.
/// An unknown id fails loading loudly.
/// </summary>
public static class SdkMessageIds
{
    public static IReadOnlyDictionary<Guid, string> WellKnown { get; } = new Dictionary<Guid, string>
    {
        [Guid.Parse("8cbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Assign",
        [Guid.Parse("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Create",
        [Guid.Parse("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Delete",
        [Guid.Parse("c5bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "GrantAccess",
        [Guid.Parse("dbbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Merge",
        [Guid.Parse("dcbdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "ModifyAccess",
        [Guid.Parse("f2bdbb1b-ea3e-db11-86a7-000a3a5473e8")] = "Retrieve",
        [Guid.Parse("03bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveMultiple",
        [Guid.Parse("04bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrievePrincipalAccess",
        [Guid.Parse("10bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RetrieveSharedPrincipalsAndAccess",
        [Guid.Parse("11bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "RevokeAccess",
        [Guid.Parse("1cbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetState",
        [Guid.Parse("1dbebb1b-ea3e-db11-86a7-000a3a5473e8")] = "SetStateDynamicEntity",
        [Guid.Parse("20bebb1b-ea3e-db11-86a7-000a3a5473e8")] = "Update",
    };

    /// <summary>
    /// UNVERIFIED, not Dataverse ids: the placeholders docs/sdk-message-ids.md assigns to messages
    /// whose ids Microsoft does not publish (MD5 of <c>alumnicrm-sdkmessage-&lt;Name&gt;</c> read as a
    /// GUID). The product's step files use them until they are checked against an environment
    /// (<c>alumnicrm-import check-registrations</c>); replace them here when they are.
    /// </summary>
    public static IReadOnlyDictionary<Guid, string> ProjectPlaceholders { get; } = new[]
    {
        "Associate", "Disassociate", "Upsert", "CreateMultiple", "UpdateMultiple", "UpsertMultiple",
        "AddMemberList", "AddListMembersList", "CopyMembersList", "CopyDynamicListToStatic", "QualifyMemberList",
    }.ToDictionary(Placeholder, name => name);

    /// <summary>The project's placeholder id of a message (see <see cref="ProjectPlaceholders"/>).</summary>
    public static Guid Placeholder(string messageName)
    {
#pragma warning disable CA5351 // a name-derived placeholder id, not security
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("alumnicrm-sdkmessage-" + messageName));
#pragma warning restore CA5351
        return new Guid(Convert.ToHexString(hash));
    }
}
