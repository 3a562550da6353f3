namespace AlumniCrm.DataImport.WebApi;

/// <summary>What the client did, counted thread-safely: the figures behind "requests per graduate".</summary>
public sealed class WebApiStatistics
{
    private long requests;
    private long retries;
    private long throttled;
    private long transientFailures;
    private long waitedTicks;
    private int degreeOfParallelismHint;

    /// <summary>HTTP requests sent, retries included ($batch counts as one).</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Requests sent again after a 429 or a transient failure.</summary>
    public long Retries => Interlocked.Read(ref retries);

    /// <summary>429 answers (service-protection limits).</summary>
    public long Throttled => Interlocked.Read(ref throttled);

    /// <summary>5xx answers, timeouts and dropped connections.</summary>
    public long TransientFailures => Interlocked.Read(ref transientFailures);

    /// <summary>Total time spent waiting before retries (Retry-After and backoff).</summary>
    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref waitedTicks));

    /// <summary>The latest <c>x-ms-dop-hint</c> the server sent (0 before any).</summary>
    public int DegreeOfParallelismHint => Volatile.Read(ref degreeOfParallelismHint);

    internal void CountRequest() => Interlocked.Increment(ref requests);

    internal void CountRetry(TimeSpan wait)
    {
        Interlocked.Increment(ref retries);
        Interlocked.Add(ref waitedTicks, wait.Ticks);
    }

    internal void CountThrottled() => Interlocked.Increment(ref throttled);

    internal void CountTransientFailure() => Interlocked.Increment(ref transientFailures);

    internal void RecordDegreeOfParallelismHint(int hint) => Volatile.Write(ref degreeOfParallelismHint, hint);
}
