namespace AlumniCrm.DataImport.Verbs.Validate;

/// <summary>The report format a path asks for, by its extension.</summary>
public static class ReportFormats
{
    public static ReportFormat? FromPath(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ReportFormat.Csv,
        ".json" => ReportFormat.Json,
        _ => null,
    };
}
