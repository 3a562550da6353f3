namespace AlumniCrm.DataImport.Validation.Rules;

public enum DateParseResult
{
    Valid,

    /// <summary>Not dd.MM.yyyy, ddMMyyyy or yyyy-MM-dd.</summary>
    UnknownFormat,

    /// <summary>The right format, but no such day (31.02.2020).</summary>
    NoSuchDay,
}
