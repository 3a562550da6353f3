namespace AlumniCrm.DataImport.Sample;

/// <summary>The kinds of bad rows <see cref="SampleGenerator"/> plants; each makes exactly its row(s) invalid.</summary>
public enum SampleDefect
{
    ImpossibleBirthDate,
    MalformedAwardDate,
    InvalidEmail,
    MissingLastName,
    MissingProgrammeCode,
    InvalidPhone,
    InvalidCredits,

    /// <summary>Reuses an earlier student's number with another birth date and last name: both rows are bad.</summary>
    ConflictingDuplicate,
}
