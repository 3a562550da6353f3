namespace AlumniCrm.WebApiEmulator.Simulation;

/// <summary>A transient failure the emulator can inject.</summary>
public enum FaultKind
{
    /// <summary>503 Service Unavailable.</summary>
    ServiceUnavailable,

    /// <summary>504 Gateway Timeout.</summary>
    GatewayTimeout,

    /// <summary>The connection drops before any answer.</summary>
    DropConnection,

    /// <summary>The request is carried out, then the connection drops before the answer (the client cannot know it succeeded).</summary>
    DropAfterCommit,
}
