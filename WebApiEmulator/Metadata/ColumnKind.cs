namespace AlumniCrm.WebApiEmulator.Metadata;

/// <summary>How a column's JSON value maps to an SDK value.</summary>
public enum ColumnKind
{
    Text,
    Integer,
    BigInteger,
    Decimal,
    Money,
    Boolean,
    Choice,
    Choices,
    DateOnly,
    DateTime,
    Lookup,
    Identifier,
}
