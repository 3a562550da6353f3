namespace AlumniCrm.LocalDataverse.Registrations;

/// <summary>Reads <c>SdkMessageProcessingSteps/*.xml</c>.</summary>
internal static class StepReader
{
    public static IReadOnlyList<StepEntry> Read(string solutionFolder, IReadOnlyDictionary<Guid, string> messageIds)
    {
        var folder = Path.Combine(solutionFolder, "SdkMessageProcessingSteps");
        if (!Directory.Exists(folder)) return Array.Empty<StepEntry>();
        return Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal)
            .Select(file => ReadStep(file, messageIds))
            .ToList();
    }

    private static StepEntry ReadStep(string file, IReadOnlyDictionary<Guid, string> messageIds)
    {
        var root = Xml.Load(file);
        var id = Xml.Guid(root.Attribute("SdkMessageProcessingStepId")?.Value)
            ?? throw new InvalidDataException($"{file}: the step has no SdkMessageProcessingStepId.");
        var messageId = Xml.Guid(Xml.Text(root, "SdkMessageId"))
            ?? throw new InvalidDataException($"{file}: the step has no SdkMessageId.");
        if (!messageIds.TryGetValue(messageId, out var message))
        {
            throw new InvalidDataException(
                $"{file}: unknown SdkMessageId {messageId}. Add it to Registrations/SdkMessageIds.cs " +
                "or map it with InMemoryDataverseEnvironment.MapSdkMessageId before loading the solution.");
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
                Xml.Text(image, "MessagePropertyName") ?? "Target"))
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
