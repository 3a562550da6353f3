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

        // UNVERIFIED: Microsoft does not publish these ids. The product's step files use these
        // placeholders (derived from the message name) until they are checked against an
        // environment: `alumnicrm-import check-registrations --environment URL` compares every step
        // file with the environment's sdkmessages. See docs/sdk-message-ids.md.
        [Guid.Parse("c77b126d-d569-4748-45ed-b898b91884a5")] = "Associate",
        [Guid.Parse("b7f6c064-8d24-284f-c3c1-589fd6104e49")] = "Disassociate",
        [Guid.Parse("689bf44e-6835-5758-ac72-213422762f51")] = "Upsert",
        [Guid.Parse("12bdf216-54e1-3c1e-c18d-c892362c391a")] = "CreateMultiple",
        [Guid.Parse("46117c9e-9a49-e6ac-ebfc-4c0762c0737b")] = "UpdateMultiple",
        [Guid.Parse("4470fcf0-b141-e105-599a-faed9754a427")] = "UpsertMultiple",
        [Guid.Parse("de721c5f-8a29-2898-e006-b01e6af70fff")] = "AddMemberList",
        [Guid.Parse("75d9d23a-03e7-cef6-dfde-8fd7368a10d8")] = "AddListMembersList",
        [Guid.Parse("6a72fb07-d889-df9d-ef85-d8a787466be6")] = "CopyMembersList",
        [Guid.Parse("0c3af19e-e2df-385d-53c3-8a80dd3f1f01")] = "CopyDynamicListToStatic",
        [Guid.Parse("be45bf65-d465-e887-313d-eed83352a253")] = "QualifyMemberList",
    };
}
