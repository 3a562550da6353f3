namespace AlumniCrm.DataImport.Validation.Rules;

public enum CreditsParseResult
{
    Valid,
    NotANumber,
    OutOfRange,
    TooManyDecimals,
}
