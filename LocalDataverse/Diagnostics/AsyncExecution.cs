namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>When the environment runs asynchronous plugin jobs.</summary>
public enum AsyncExecution
{
    /// <summary>As soon as the top-level request that queued them has returned (after its commit).</summary>
    AfterEachRequest,

    /// <summary>Only when the test calls <c>RunPendingAsync()</c>.</summary>
    Manual,
}
