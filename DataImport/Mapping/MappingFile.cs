using System.Text.Json;
using AlumniCrm.DataImport.Reading;

namespace AlumniCrm.DataImport.Mapping;

/// <summary>
/// A user's column mapping for a layout the built-in names do not cover:
/// <c>{ "columns": { "Stud.nr": "studentNumber", "Notat": "ignore" } }</c>. Targets are canonical
/// field names or FS column names; <c>ignore</c> (or null) silences a column.
/// </summary>
public sealed class MappingFile
{
    public const string IgnoreTarget = "ignore";

    private MappingFile(IReadOnlyDictionary<string, CanonicalField?> targetsBySourceColumn)
    {
        TargetsBySourceColumn = targetsBySourceColumn;
    }

    /// <summary>Normalised source column name → field, or null for a column to ignore.</summary>
    public IReadOnlyDictionary<string, CanonicalField?> TargetsBySourceColumn { get; }

    public static MappingFile Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException($"The mapping file '{path}' cannot be read: {exception.Message}", exception);
        }

        return Parse(json, path);
    }

    public static MappingFile Parse(string json, string source)
    {
        MappingFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<MappingFileDocument>(json, SerializerOptions);
        }
        catch (JsonException exception)
        {
            throw new InputUnreadableException(
                $"The mapping file '{source}' is not valid JSON (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}).", exception);
        }

        if (document?.Columns is null || document.Columns.Count == 0)
        {
            throw new InputUnreadableException(
                $"The mapping file '{source}' has no \"columns\" object. Expected: {{ \"columns\": {{ \"source column\": \"studentNumber\" }} }}.");
        }

        var targets = new Dictionary<string, CanonicalField?>(StringComparer.Ordinal);
        var sourceByField = new Dictionary<CanonicalField, string>();
        foreach (var (sourceColumn, targetName) in document.Columns)
        {
            var normalizedSource = HeaderNameNormalizer.Normalize(sourceColumn);
            if (normalizedSource.Length == 0)
            {
                throw new InputUnreadableException($"The mapping file '{source}' has an empty source column name.");
            }

            CanonicalField? target = null;
            if (targetName is not null && !string.Equals(targetName.Trim(), IgnoreTarget, StringComparison.OrdinalIgnoreCase))
            {
                var definition = FieldCatalogue.FindByNameOrAlias(targetName)
                    ?? throw new InputUnreadableException(
                        $"The mapping file '{source}' maps column '{sourceColumn}' to '{targetName}', which is not a known field. " +
                        $"Known fields: {string.Join(", ", FieldCatalogue.All.Where(field => !ConsentAnswerFields.TryGet(field.Field, out _)).Select(field => JsonNamingPolicy.CamelCase.ConvertName(field.Field.ToString())))}, " +
                        $"consent answers such as consentNewsletterEmail or {ConsentVocabulary.FsNameOf(AlumniCrm.Domain.Consent.ConsentPurpose.Newsletter, AlumniCrm.Domain.Consent.ContactChannel.Email)}, or \"{IgnoreTarget}\".");
                if (sourceByField.TryGetValue(definition.Field, out var otherSource))
                {
                    throw new InputUnreadableException(
                        $"The mapping file '{source}' maps both '{otherSource}' and '{sourceColumn}' to {definition.Field}; map one of them.");
                }

                sourceByField[definition.Field] = sourceColumn;
                target = definition.Field;
            }

            if (!targets.TryAdd(normalizedSource, target))
            {
                throw new InputUnreadableException($"The mapping file '{source}' names column '{sourceColumn}' twice.");
            }
        }

        return new MappingFile(targets);
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed class MappingFileDocument
    {
        public Dictionary<string, string?>? Columns { get; set; }
    }
}
