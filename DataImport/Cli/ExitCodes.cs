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

    /// <summary>import: some rows went in, others were rejected (validation) or refused by the environment; the run report lists them.</summary>
    public const int PartiallyImported = 3;

    /// <summary>The command line is wrong: unknown verb or option, missing or invalid argument.</summary>
    public const int UsageError = 64;

    /// <summary>The environment could not be reached or used (EX_UNAVAILABLE): network, sign-in, access, or it kept failing.</summary>
    public const int CouldNotConnect = 69;

    /// <summary>A fault in the tool itself (EX_SOFTWARE): a bug to report, not a user mistake.</summary>
    public const int InternalError = 70;

    /// <summary>An output file (report, sample) could not be written.</summary>
    public const int OutputNotWritable = 73;

    /// <summary>import was interrupted (EX_TEMPFAIL); run it again with --resume.</summary>
    public const int Interrupted = 75;

    /// <summary>The environment lacks what the importer needs, e.g. the AlumniCrm solution (EX_CONFIG).</summary>
    public const int EnvironmentNotReady = 78;
}
