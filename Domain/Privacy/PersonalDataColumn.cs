namespace AlumniCrm.Domain.Privacy;

/// <summary>A column holding personal data (or, for <see cref="ColumnErasure.Keep"/>, holding it while linked).</summary>
public sealed record PersonalDataColumn(string LogicalName, ColumnErasure Erasure);
