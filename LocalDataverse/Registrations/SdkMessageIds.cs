namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// The sdkmessage ids a step file in Solution/ may refer to: only ids Microsoft publishes (the
/// sdkmessagefilter listing for account on the "Use messages with the SDK for .NET" page of the
/// Dataverse docs), which are the same in every environment. Steps on any other message
/// (CreateMultiple, UpdateMultiple, Associate, the marketing-list messages…) are not in the solution:
/// they are declared by message name in Deployment/SdkMessageProcessingSteps/ and registered by
/// <c>alumnicrm-import deploy</c>, which looks their ids up by name in the target environment
/// (docs/sdk-message-ids.md). An unknown id in a step file fails loading loudly; tests can map one with
/// <see cref="InMemoryDataverseEnvironment.MapSdkMessageId"/>.
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
