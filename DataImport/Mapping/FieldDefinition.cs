namespace AlumniCrm.DataImport.Mapping;

/// <summary>What the importer knows about one canonical field.</summary>
/// <param name="Field">The field.</param>
/// <param name="FsName">The FS column name, used in messages when the file has no column for the field.</param>
/// <param name="IsRequired">Whether the file must have a column for it and every row a value.</param>
/// <param name="IsPersonal">Whether values are personal data, so reports show only their shape.</param>
/// <param name="Aliases">Header names that map to the field, normalised (<see cref="HeaderNameNormalizer"/>), best first.</param>
public sealed record FieldDefinition(
    CanonicalField Field,
    string FsName,
    bool IsRequired,
    bool IsPersonal,
    IReadOnlyList<string> Aliases);
