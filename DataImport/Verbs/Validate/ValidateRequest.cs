namespace AlumniCrm.DataImport.Verbs.Validate;

/// <summary>What <c>validate</c> was asked to do.</summary>
/// <param name="FilePath">The FS export.</param>
/// <param name="MappingPath">Optional mapping file.</param>
/// <param name="ReportPaths">Reports to write; the format follows the extension (.csv or .json).</param>
/// <param name="MaxErrors">Stop after this many errors; null for no limit.</param>
public sealed record ValidateRequest(string FilePath, string? MappingPath, IReadOnlyList<string> ReportPaths, int? MaxErrors);
