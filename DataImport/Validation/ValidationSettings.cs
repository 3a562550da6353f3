namespace AlumniCrm.DataImport.Validation;

/// <summary>How a file is validated.</summary>
/// <param name="Today">Dates after this are in the future (injected so tests do not depend on the clock).</param>
/// <param name="MaxErrors">Stop reading after this many errors; null for no limit.</param>
public sealed record ValidationSettings(DateOnly Today, int? MaxErrors = null)
{
    public static ValidationSettings Default => new(DateOnly.FromDateTime(DateTime.Today));
}
