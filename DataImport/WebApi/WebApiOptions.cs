namespace AlumniCrm.DataImport.WebApi;

/// <summary>How the Web API client retries and waits. Tests inject <see cref="Delay"/> so they never sleep.</summary>
public sealed record WebApiOptions
{
    /// <summary>Attempts for a transient failure (5xx, timeout, dropped connection) before giving up.</summary>
    public int MaxTransientAttempts { get; init; } = 6;

    /// <summary>429 answers honoured for one request before giving up (each waits its Retry-After).</summary>
    public int MaxThrottledAttempts { get; init; } = 50;

    /// <summary>First backoff step; doubles per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Used when a 429 has no Retry-After header.</summary>
    public TimeSpan DefaultRetryAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>One attempt's time limit (Dataverse itself stops a request after 2 minutes of server time).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(4);

    /// <summary>How to wait; <see cref="Task.Delay(TimeSpan, CancellationToken)"/> by default.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>Random source for jitter (seeded in tests).</summary>
    public Random Jitter { get; init; } = Random.Shared;
}
