namespace AlumniCrm.DataImport.Planning;

/// <summary>Same name and birth date, different student number: a person to review. Rows of the file, or the student number already in CRM.</summary>
public sealed record PossibleDuplicate(int Row, int? OtherRow, string? ExistingStudentNumber);
