namespace AlumniCrm.DataImport.Import;

/// <summary>What every consent row of one run shares: the file it names as evidence and the import day (valid-from of undated answers).</summary>
public sealed record ConsentLedgerTarget(string FileName, DateOnly ImportDay);
