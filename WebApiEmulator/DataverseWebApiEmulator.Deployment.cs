using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using AlumniCrm.LocalDataverse.Pipeline;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.WebApiEmulator.Metadata;
using AlumniCrm.WebApiEmulator.Protocol;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.WebApiEmulator;

/// <summary>
/// What deploying touches: the platform's message catalogue (sdkmessage, sdkmessagefilter), the
/// plug-in types of the imported solution, solutions and publishers, ImportSolutionAsync with its
/// asyncoperation, AddSolutionComponent, and sdkmessageprocessingstep(image) rows, which register
/// (or re-register) the step in the local Dataverse's pipeline as writing them does in Dataverse.
/// Ids of messages Microsoft does not publish are fresh per emulated environment, so a client that
/// guessed them would fail here as it would there.
/// </summary>
public sealed partial class DataverseWebApiEmulator
{
    public const string SolutionUniqueName = "AlumniCrm";
    private readonly Dictionary<string, Guid> messageIds = new(StringComparer.OrdinalIgnoreCase);

    private void SeedSystemTables()
    {
        foreach (var (id, name) in SdkMessageIds.WellKnown) messageIds[name] = id;
        foreach (var name in PlatformMessages.StepMessages.Where(n => !messageIds.ContainsKey(n))) messageIds[name] = Guid.NewGuid();
        foreach (var (name, id) in Options.SdkMessageIdOverrides) messageIds[name] = id;
        foreach (var (name, id) in messageIds) Environment.Seed(new Entity("sdkmessage", id) { ["name"] = name });

        foreach (var table in Columns.Tables.Append("list").Append("contact").Distinct(StringComparer.Ordinal))
        {
            foreach (var message in new[] { "Create", "Update", "Delete", "Retrieve", "RetrieveMultiple", "SetState", "Assign", "GrantAccess", "RevokeAccess", "ModifyAccess" })
                SeedFilter(message, table);
        }

        foreach (var message in new[] { "CreateMultiple", "UpdateMultiple", "UpsertMultiple" })
        {
            foreach (var table in BulkCapableTables().Where(t => !Options.TablesWithoutBulkMessages.Contains(t)))
            {
                bulkSupport.Add((message, table));
                SeedFilter(message, table);
            }
        }

        foreach (var message in new[] { "AddMember", "AddListMembers", "CopyMembers", "QualifyMember", "RemoveMember", "CopyDynamicListToStatic" })
            SeedFilter(message, "list");

        var publisher = new Entity("publisher", Guid.NewGuid()) { ["uniquename"] = "alumnicrm", ["customizationprefix"] = "alm" };
        Environment.Seed(publisher);
        Environment.Seed(new Entity("solution", Guid.NewGuid())
        {
            ["uniquename"] = SolutionUniqueName,
            ["ismanaged"] = Options.SolutionIsManaged,
            ["publisherid"] = publisher.ToEntityReference(),
        });
        foreach (var type in Environment.Registrations.PluginTypes.Values)
            Environment.Seed(new Entity("plugintype", type.Id) { ["typename"] = type.Name, ["name"] = type.Name });
        foreach (var step in Environment.Registrations.Steps) SeedStepRow(step);

        foreach (var (table, columns) in SystemColumns)
            foreach (var (column, kind) in columns) Columns.Set(table, column, kind);
    }

    private static readonly (string Table, (string Column, ColumnKind Kind)[] Columns)[] SystemColumns =
    [
        ("sdkmessage", [("name", ColumnKind.Text)]),
        ("sdkmessagefilter", [("sdkmessageid", ColumnKind.Lookup), ("primaryobjecttypecode", ColumnKind.Text), ("isvisible", ColumnKind.Boolean), ("iscustomprocessingstepallowed", ColumnKind.Boolean)]),
        ("plugintype", [("typename", ColumnKind.Text), ("name", ColumnKind.Text)]),
        ("publisher", [("uniquename", ColumnKind.Text), ("customizationprefix", ColumnKind.Text)]),
        ("solution", [("uniquename", ColumnKind.Text), ("friendlyname", ColumnKind.Text), ("version", ColumnKind.Text), ("ismanaged", ColumnKind.Boolean), ("publisherid", ColumnKind.Lookup)]),
        ("asyncoperation", [("name", ColumnKind.Text), ("statecode", ColumnKind.Integer), ("statuscode", ColumnKind.Integer), ("message", ColumnKind.Text)]),
        ("solutioncomponent", [("objectid", ColumnKind.Identifier), ("componenttype", ColumnKind.Integer), ("solutionid", ColumnKind.Lookup)]),
        ("sdkmessageprocessingstep", [("name", ColumnKind.Text), ("description", ColumnKind.Text), ("mode", ColumnKind.Integer), ("stage", ColumnKind.Integer), ("rank", ColumnKind.Integer),
            ("filteringattributes", ColumnKind.Text), ("configuration", ColumnKind.Text), ("asyncautodelete", ColumnKind.Boolean), ("supporteddeployment", ColumnKind.Integer),
            ("sdkmessageid", ColumnKind.Lookup), ("sdkmessagefilterid", ColumnKind.Lookup), ("eventhandler", ColumnKind.Lookup)]),
        ("sdkmessageprocessingstepimage", [("name", ColumnKind.Text), ("entityalias", ColumnKind.Text), ("imagetype", ColumnKind.Integer), ("messagepropertyname", ColumnKind.Text),
            ("attributes", ColumnKind.Text), ("sdkmessageprocessingstepid", ColumnKind.Lookup)]),
    ];

    private void SeedFilter(string message, string table)
    {
        Environment.Seed(new Entity("sdkmessagefilter", Guid.NewGuid())
        {
            ["sdkmessageid"] = new EntityReference("sdkmessage", messageIds[message]),
            ["primaryobjecttypecode"] = table,
            ["isvisible"] = true,
            ["iscustomprocessingstepallowed"] = !Options.MessagesWithoutCustomSteps.Contains((message, table)),
        });
    }

    private void SeedStepRow(StepRegistration step)
    {
        var row = new Entity("sdkmessageprocessingstep", step.Id)
        {
            ["name"] = step.Name,
            ["mode"] = (int)step.Mode,
            ["stage"] = (int)step.Stage,
            ["rank"] = step.Rank,
            ["filteringattributes"] = step.FilteringAttributes.Count == 0 ? null : string.Join(",", step.FilteringAttributes),
            ["configuration"] = step.UnsecureConfiguration,
            ["sdkmessageid"] = new EntityReference("sdkmessage", messageIds[step.MessageName]),
            ["sdkmessagefilterid"] = step.PrimaryEntity is null ? null : FilterOf(step.MessageName, step.PrimaryEntity)?.ToEntityReference(),
            ["eventhandler"] = new EntityReference("plugintype", step.PluginType.Id),
        };
        Environment.Seed(row);
        foreach (var image in step.Images)
        {
            Environment.Seed(new Entity("sdkmessageprocessingstepimage", image.Id ?? ImageId(step.Id, image.Alias))
            {
                ["name"] = image.Alias,
                ["entityalias"] = image.Alias,
                ["imagetype"] = (int)image.ImageType,
                ["messagepropertyname"] = image.MessagePropertyName,
                ["attributes"] = image.Attributes is { Count: > 0 } columns ? string.Join(",", columns) : null,
                ["sdkmessageprocessingstepid"] = new EntityReference("sdkmessageprocessingstep", step.Id),
            });
        }
    }

    /// <summary>Images seeded for steps loaded from files have no id of their own; this gives a stable one.</summary>
    private static Guid ImageId(Guid stepId, string alias)
    {
        var bytes = stepId.ToByteArray();
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(alias));
        for (var i = 0; i < 16; i++) bytes[i] ^= hash[i];
        return new Guid(bytes);
    }

    private Entity? FilterOf(string message, string table)
    {
        return Environment.Store.All("sdkmessagefilter").FirstOrDefault(f =>
            f.GetAttributeValue<EntityReference>("sdkmessageid")?.Id == messageIds[message] && (string?)f["primaryobjecttypecode"] == table);
    }

    private EmulatedResponse? DeploymentEndpoint(string method, string path, string body)
    {
        switch (method, path)
        {
            case ("POST", "ImportSolutionAsync"):
                return ImportSolutionAsync(JsonNode.Parse(body)!.AsObject());
            case ("POST", "AddSolutionComponent"):
                return AddSolutionComponent(JsonNode.Parse(body)!.AsObject());
        }

        if (method != "PATCH" || !path.StartsWith("sdkmessageprocessingstep", StringComparison.Ordinal)) return null;
        var resource = ResourcePath.Parse(path);
        var table = EntitySets.TableOf(resource.EntitySet);
        if (resource.Id is not { } id) return EmulatedResponse.Error(400, "0x80060888", $"{table} rows are addressed by id.");
        Statistics.CountOperation("Upsert " + table);
        var entity = json.ToEntity(table, JsonNode.Parse(body)!.AsObject());
        entity.Id = id;
        // The event handler is bound through its typed navigation property and read back as _eventhandler_value.
        if (entity.Attributes.TryGetValue("eventhandler_plugintype", out var handler))
        {
            entity.Attributes.Remove("eventhandler_plugintype");
            entity["eventhandler"] = handler;
        }
        var existing = Environment.Store.Get(table, id);
        var row = existing is null ? entity : Merge(existing, entity);
        var stepId = table == "sdkmessageprocessingstep" ? id : row.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")?.Id
            ?? throw new InvalidOperationException("An sdkmessageprocessingstepimage needs sdkmessageprocessingstepid.");
        // Register in the pipeline first: a step the platform refuses is not written.
        var stepRow = table == "sdkmessageprocessingstep" ? row : Environment.Store.Get("sdkmessageprocessingstep", stepId)
            ?? throw new InvalidOperationException($"No sdkmessageprocessingstep {stepId}.");
        var images = Environment.Store.All("sdkmessageprocessingstepimage")
            .Where(i => i.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")?.Id == stepId && i.Id != row.Id).ToList();
        if (table == "sdkmessageprocessingstepimage") images.Add(row);
        RegisterInPipeline(stepRow, images);
        Environment.SeedOrReplace(row);
        return EmulatedResponse.NoContent($"{EnvironmentUrl}api/data/v9.2/{EntitySets.SetOf(table)}({id})");
    }

    private static Entity Merge(Entity existing, Entity changes)
    {
        var merged = new Entity(existing.LogicalName, existing.Id);
        foreach (var (name, value) in existing.Attributes) merged[name] = value;
        foreach (var (name, value) in changes.Attributes) merged[name] = value;
        return merged;
    }

    private void RegisterInPipeline(Entity step, IReadOnlyList<Entity> images)
    {
        var messageId = step.GetAttributeValue<EntityReference>("sdkmessageid")?.Id
            ?? throw new InvalidOperationException("sdkmessageprocessingstep: sdkmessageid is required.");
        var message = messageIds.FirstOrDefault(m => m.Value == messageId).Key
            ?? throw new InvalidOperationException($"sdkmessageprocessingstep: no sdkmessage {messageId}.");
        string? table = null;
        if (step.GetAttributeValue<EntityReference>("sdkmessagefilterid") is { } filterReference)
        {
            var filter = Environment.Store.Get("sdkmessagefilter", filterReference.Id)
                ?? throw new InvalidOperationException($"sdkmessageprocessingstep: no sdkmessagefilter {filterReference.Id}.");
            if (filter.GetAttributeValue<EntityReference>("sdkmessageid")?.Id != messageId)
                throw new InvalidOperationException("sdkmessageprocessingstep: the sdkmessagefilter belongs to another message.");
            if (filter.GetAttributeValue<bool?>("iscustomprocessingstepallowed") != true)
                throw new InvalidOperationException($"Custom plug-in steps cannot be registered on {message} of {filter["primaryobjecttypecode"]} (iscustomprocessingstepallowed is false).");
            table = (string?)filter["primaryobjecttypecode"];
        }

        var pluginTypeId = step.GetAttributeValue<EntityReference>("eventhandler")?.Id
            ?? throw new InvalidOperationException("sdkmessageprocessingstep: the event handler (eventhandler_plugintype@odata.bind) is required.");
        var pluginType = Environment.Store.Get("plugintype", pluginTypeId)
            ?? throw new InvalidOperationException($"sdkmessageprocessingstep: no plugintype {pluginTypeId}.");
        Environment.RegisterStep(step.Id, step.GetAttributeValue<string>("name") ?? step.Id.ToString(), message, table,
            (StepStage)RequiredInt(step, "stage"), (StepMode)RequiredInt(step, "mode"), step.GetAttributeValue<int?>("rank") ?? 1,
            (step.GetAttributeValue<string>("filteringattributes") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            step.GetAttributeValue<string>("configuration"), (string)pluginType["typename"]!,
            images.Select(i => new StepImageRegistration(
                i.GetAttributeValue<string>("entityalias") ?? throw new InvalidOperationException("sdkmessageprocessingstepimage: entityalias is required."),
                (StepImageType)RequiredInt(i, "imagetype"),
                (i.GetAttributeValue<string>("attributes") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                i.GetAttributeValue<string>("messagepropertyname") ?? "Target", i.Id)).ToList());
    }

    private static int RequiredInt(Entity row, string column) =>
        row.GetAttributeValue<int?>(column) ?? throw new InvalidOperationException($"{row.LogicalName}: {column} is required.");

    private EmulatedResponse ImportSolutionAsync(JsonObject body)
    {
        Statistics.CountOperation("Action ImportSolutionAsync");
        var file = body["CustomizationFile"]?.GetValue<string>() ?? throw new InvalidOperationException("ImportSolutionAsync: CustomizationFile is required.");
        if (body["OverwriteUnmanagedCustomizations"] is null || body["PublishWorkflows"] is null)
            throw new InvalidOperationException("ImportSolutionAsync: OverwriteUnmanagedCustomizations and PublishWorkflows are required.");
        XElement manifest;
        using (var zip = new ZipArchive(new MemoryStream(Convert.FromBase64String(file)), ZipArchiveMode.Read))
        {
            using var stream = (zip.GetEntry("solution.xml") ?? throw new InvalidOperationException("The customization file has no solution.xml.")).Open();
            manifest = XDocument.Load(stream).Root!.Element("SolutionManifest")!;
            if (zip.GetEntry("customizations.xml") is null) throw new InvalidOperationException("The customization file has no customizations.xml.");
        }

        var uniqueName = manifest.Element("UniqueName")!.Value;
        var managed = manifest.Element("Managed")!.Value == "1";
        var solution = Environment.Store.All("solution").FirstOrDefault(s => (string?)s["uniquename"] == uniqueName);
        if (solution is not null && solution.GetAttributeValue<bool>("ismanaged") != managed)
        {
            throw new InvalidOperationException($"The solution {uniqueName} is already installed as {(managed ? "unmanaged" : "managed")}; it cannot be imported as {(managed ? "managed" : "unmanaged")}.");
        }

        var row = solution ?? new Entity("solution", Guid.NewGuid()) { ["uniquename"] = uniqueName, ["publisherid"] = Environment.Store.All("publisher").First().ToEntityReference() };
        row["ismanaged"] = managed;
        row["version"] = manifest.Element("Version")?.Value;
        Environment.SeedOrReplace(row);
        var operation = new Entity("asyncoperation", Guid.NewGuid())
        {
            ["name"] = "Import Solution " + uniqueName,
            ["statecode"] = 3,
            ["statuscode"] = 30,
            ["message"] = null,
        };
        Environment.Seed(operation);
        return EmulatedResponse.Json(200, new JsonObject { ["AsyncOperationId"] = operation.Id.ToString(), ["ImportJobKey"] = Guid.NewGuid().ToString() }.ToJsonString());
    }

    private EmulatedResponse AddSolutionComponent(JsonObject body)
    {
        Statistics.CountOperation("Action AddSolutionComponent");
        var componentId = Guid.Parse(body["ComponentId"]!.GetValue<string>());
        var type = body["ComponentType"]!.GetValue<int>();
        var name = body["SolutionUniqueName"]!.GetValue<string>();
        var solution = Environment.Store.All("solution").FirstOrDefault(s => (string?)s["uniquename"] == name)
            ?? throw new InvalidOperationException($"No solution {name}.");
        if (solution.GetAttributeValue<bool>("ismanaged")) return EmulatedResponse.Error(400, "0x8004f02a", $"Cannot add components to the managed solution {name}.");
        if (type == 92 && Environment.Store.Get("sdkmessageprocessingstep", componentId) is null) throw new InvalidOperationException($"No sdkmessageprocessingstep {componentId}.");
        var existing = Environment.Store.All("solutioncomponent").FirstOrDefault(c => c.GetAttributeValue<Guid>("objectid") == componentId && c.GetAttributeValue<EntityReference>("solutionid")?.Id == solution.Id);
        var component = existing ?? new Entity("solutioncomponent", Guid.NewGuid())
        {
            ["objectid"] = componentId,
            ["componenttype"] = type,
            ["solutionid"] = solution.ToEntityReference(),
        };
        Environment.SeedOrReplace(component);
        return EmulatedResponse.Json(200, new JsonObject { ["id"] = component.Id.ToString() }.ToJsonString());
    }
}
