namespace AlumniCrm.DataImport.Model;

/// <summary>
/// The consent answers of one file row, with their evidence: the statement version answered and,
/// when the file says, the day they were given. Each answer becomes one <c>alm_consent</c> row.
/// </summary>
public sealed record ConsentUnit(IReadOnlyList<ConsentAnswer> Answers, DateOnly? AnsweredOn, string StatementVersion);
