namespace AlumniCrm.DataImport.Cli;

/// <summary>
/// The process exit codes of every verb, in one place so scripts can rely on them.
/// 64, 70 and 73 follow the BSD sysexits convention (EX_USAGE, EX_SOFTWARE, EX_CANTCREAT).
/// </summary>
public static class ExitCodes
{
    /// <summary>The file was read and every row is valid (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>The file was read, and at least one row has an error.</summary>
    public const int RowErrors = 1;

    /// <summary>The input could not be read: missing file, unknown encoding, no header, unmappable required columns, bad mapping file.</summary>
    public const int InputUnreadable = 2;

    /// <summary>The command line is wrong: unknown verb or option, missing or invalid argument.</summary>
    public const int UsageError = 64;

    /// <summary>A fault in the tool itself (EX_SOFTWARE): a bug to report, not a user mistake.</summary>
    public const int InternalError = 70;

    /// <summary>An output file (report, sample) could not be written.</summary>
    public const int OutputNotWritable = 73;
}
