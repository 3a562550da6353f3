namespace AlumniCrm.DataImport.Sample;

/// <summary>What was generated: which rows were made bad and how, and which identity numbers the file holds (for tests that prove they never leak).</summary>
public sealed record SampleManifest(
    int Rows,
    IReadOnlyDictionary<int, SampleDefect> BadRows,
    IReadOnlyList<int> IdenticalDuplicateRows,
    IReadOnlyList<string> NationalIdentityNumbers);
