namespace AlumniCrm.DataImport.Sample;

/// <summary>What to generate.</summary>
/// <param name="Rows">Data rows.</param>
/// <param name="BadShare">Share of rows (0–1) that must fail validation.</param>
/// <param name="Seed">The same seed gives the same file.</param>
/// <param name="IncludeNationalIdentityNumbers">Add a fodselsnummer column (synthetic numbers) to show it is dropped.</param>
/// <param name="IncludeConsentAnswers">Add consent answer columns (newsletter and events by e-mail, events by SMS) with date and statement version.</param>
public sealed record SampleSettings(int Rows, double BadShare = 0.05, int Seed = 1, bool IncludeNationalIdentityNumbers = false, bool IncludeConsentAnswers = false)
{
    /// <summary>Exported on a fixed day so the same seed gives the same file every day.</summary>
    public static readonly DateOnly ExportDate = new(2025, 6, 30);
}
