namespace AlumniCrm.Testing.InMemoryDataverse.Registrations;

/// <summary>
/// The sdkmessage ids step files refer to (identical in every environment). Only ids published by
/// Microsoft are listed — from the "Use messages with the SDK for .NET" page of the Dataverse
/// docs (the sdkmessagefilter listing for account). Ids of other messages (Associate,
/// Disassociate, Upsert, CreateMultiple, UpdateMultiple, UpsertMultiple…) are not published
/// there: read them from an environment (<c>sdkmessages?$select=name</c>) and add them here or
/// with <see cref="InMemoryDataverseEnvironment.MapSdkMessageId"/>. An unknown id fails loading loudly.
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
}
