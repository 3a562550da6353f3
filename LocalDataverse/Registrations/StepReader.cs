namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>
/// Reads step files: <c>SdkMessageProcessingSteps/*.xml</c> of a solution, which name their message by
/// <c>SdkMessageId</c>, and deploy-time step files (Deployment/SdkMessageProcessingSteps), which
/// name it by <c>SdkMessageName</c> because its id is looked up in the target environment.
/// </summary>
internal static class StepReader
{
    public static IReadOnlyList<StepEntry> Read(string solutionFolder, IReadOnlyDictionary<Guid, string> messageIds) =>
        ReadFolder(Path.Combine(solutionFolder, "SdkMessageProcessingSteps"), messageIds, byName: false);

    public static IReadOnlyList<StepEntry> ReadDeployTime(string folder) =>
        ReadFolder(folder, new Dictionary<Guid, string>(), byName: true);

    private static IReadOnlyList<StepEntry> ReadFolder(string folder, IReadOnlyDictionary<Guid, string> messageIds, bool byName)
    {
        if (!Directory.Exists(folder)) return Array.Empty<StepEntry>();
        return Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal)
            .Select(file => ReadStep(file, messageIds, byName))
            .ToList();
    }

    private static StepEntry ReadStep(string file, IReadOnlyDictionary<Guid, string> messageIds, bool byName)
    {
        var root = Xml.Load(file);
        var id = Xml.Guid(root.Attribute("SdkMessageProcessingStepId")?.Value)
            ?? throw new InvalidDataException($"{file}: the step has no SdkMessageProcessingStepId.");
        string message;
        if (byName)
        {
            if (Xml.Text(root, "SdkMessageId") is not null) throw new InvalidDataException($"{file}: a deploy-time step names its message by SdkMessageName, never by id.");
            message = Xml.Text(root, "SdkMessageName") ?? throw new InvalidDataException($"{file}: the deploy-time step has no SdkMessageName.");
        }
        else
        {
            var messageId = Xml.Guid(Xml.Text(root, "SdkMessageId"))
                ?? throw new InvalidDataException($"{file}: the step has no SdkMessageId.");
            if (!messageIds.TryGetValue(messageId, out var known))
            {
                throw new InvalidDataException(
                    $"{file}: SdkMessageId {messageId} is not one Microsoft publishes (Registrations/SdkMessageIds.cs). " +
                    "Declare the step by message name in Deployment/SdkMessageProcessingSteps/ instead (docs/sdk-message-ids.md), " +
                    "or map the id with InMemoryDataverseEnvironment.MapSdkMessageId in a test.");
            }
            message = known;
        }

        var stageNumber = Xml.Int(root, "Stage", -1);
        if (stageNumber is not (10 or 20 or 40)) throw new InvalidDataException($"{file}: Stage must be 10, 20 or 40, not {stageNumber}.");
        var modeNumber = Xml.Int(root, "Mode", 0);
        if (modeNumber is not (0 or 1)) throw new InvalidDataException($"{file}: Mode must be 0 or 1, not {modeNumber}.");
        if (modeNumber == 1 && stageNumber != 40) throw new InvalidDataException($"{file}: an asynchronous step must be registered on stage 40.");

        var images = (root.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage")
                      ?? Enumerable.Empty<System.Xml.Linq.XElement>())
            .Select(image => new StepImageRegistration(
                Xml.Text(image, "EntityAlias") ?? image.Attribute("Name")?.Value ?? throw new InvalidDataException($"{file}: an image has no EntityAlias."),
                (StepImageType)Xml.Int(image, "ImageType", 0),
                Xml.List(Xml.Text(image, "Attributes")),
                Xml.Text(image, "MessagePropertyName") ?? "Target",
                Xml.Guid(Xml.Text(image, "SdkMessageProcessingStepImageId"))))
            .ToList();

        return new StepEntry(
            id,
            root.Attribute("Name")?.Value ?? id.ToString(),
            message,
            Xml.Guid(Xml.Text(root, "PluginTypeId")),
            Xml.Text(root, "PluginTypeName")?.Split(',')[0].Trim(),
            NullIfNone(Xml.Text(root, "PrimaryEntity")),
            (StepStage)stageNumber,
            (StepMode)modeNumber,
            Xml.Int(root, "Rank", 1),
            Xml.List(Xml.Text(root, "FilteringAttributes")),
            Xml.Text(root, "Configuration"),
            images,
            file);
    }

    private static string? NullIfNone(string? entity) =>
        entity is null || string.Equals(entity, "none", StringComparison.OrdinalIgnoreCase) ? null : entity;
}
