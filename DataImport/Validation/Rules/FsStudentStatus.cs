namespace AlumniCrm.DataImport.Validation.Rules;

/// <summary>FS <c>studentstatkode</c> values. FULLFØRT marks a completed programme.</summary>
public static class FsStudentStatus
{
    public const string Completed = "FULLFØRT";

    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Completed, "AKTIV", "PERMISJON", "SLUTTET", "AVBRUTT", "OVERFØRT", "PRIVATIST", "UTVEKSLING", "DELTID", "UTESTENGT",
    };

    /// <summary>Upper-cases and restores Ø in exports that lost it ("FULLFORT" → "FULLFØRT").</summary>
    public static string Normalize(string code)
    {
        var upper = code.ToUpperInvariant();
        return upper switch
        {
            "FULLFORT" => Completed,
            "OVERFORT" => "OVERFØRT",
            _ => upper,
        };
    }
}
