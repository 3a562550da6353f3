namespace AlumniCrm.WebApiEmulator;

/// <summary>How the emulated environment is set up; fixed when the emulator is created.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The <c>x-ms-dop-hint</c> header on every answer (Dataverse's recommended parallelism).</summary>
    public int DegreeOfParallelismHint { get; init; } = 4;

    /// <summary>Tables that do NOT support CreateMultiple/UpdateMultiple/UpsertMultiple here (no sdkmessagefilter row; the message fails).</summary>
    public IReadOnlySet<string> TablesWithoutBulkMessages { get; init; } = new HashSet<string>();

    /// <summary>
    /// The environment's sdkmessage ids by name, where a test wants to fix them. Messages whose ids
    /// Microsoft does not publish otherwise get a fresh id per emulated environment.
    /// </summary>
    public IReadOnlyDictionary<string, Guid> SdkMessageIdOverrides { get; init; } = new Dictionary<string, Guid>();

    /// <summary>
    /// False: the environment is as right after the solution import, without the steps registered by
    /// name at deployment (Deployment/SdkMessageProcessingSteps); <c>alumnicrm-import deploy</c> adds them.
    /// </summary>
    public bool Deployed { get; init; } = true;

    /// <summary>(message, table) pairs whose sdkmessagefilter does not allow custom steps (iscustomprocessingstepallowed false).</summary>
    public IReadOnlySet<(string Message, string Table)> MessagesWithoutCustomSteps { get; init; } = new HashSet<(string, string)>();

    /// <summary>True: the AlumniCrm solution in the environment is managed (a production environment).</summary>
    public bool SolutionIsManaged { get; init; }

    /// <summary>Keep every request and answer body (for tests that look for data that must never be sent).</summary>
    public bool RecordBodies { get; init; }
}
