namespace AlumniCrm.WebApiEmulator;

/// <summary>How the emulated environment is set up; fixed when the emulator is created.</summary>
public sealed record EmulatorOptions
{
    /// <summary>The <c>x-ms-dop-hint</c> header on every answer (Dataverse's recommended parallelism).</summary>
    public int DegreeOfParallelismHint { get; init; } = 4;

    /// <summary>Tables that do NOT support CreateMultiple/UpdateMultiple/UpsertMultiple here (no sdkmessagefilter row; the message fails).</summary>
    public IReadOnlySet<string> TablesWithoutBulkMessages { get; init; } = new HashSet<string>();

    /// <summary>The environment's sdkmessage ids by name, where they differ from the ids the step files use.</summary>
    public IReadOnlyDictionary<string, Guid> SdkMessageIdOverrides { get; init; } = new Dictionary<string, Guid>();

    /// <summary>Keep every request and answer body (for tests that look for data that must never be sent).</summary>
    public bool RecordBodies { get; init; }
}
