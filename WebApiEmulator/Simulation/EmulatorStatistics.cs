namespace AlumniCrm.WebApiEmulator.Simulation;

/// <summary>What reached the emulated server: HTTP requests by kind, throttled and failed answers, rows written.</summary>
public sealed class EmulatorStatistics
{
    private readonly Dictionary<string, int> byOperation = new(StringComparer.Ordinal);

    /// <summary>Every HTTP request, throttled and failed ones included ($batch = 1).</summary>
    public int HttpRequests { get; private set; }

    /// <summary>Requests answered 429.</summary>
    public int Throttled { get; private set; }

    /// <summary>Requests failed on purpose (503, 504, dropped connection).</summary>
    public int FaultsInjected { get; private set; }

    /// <summary>Write requests (bulk messages, $batch, create/update/upsert, actions) carried out.</summary>
    public int WriteRequestsCommitted { get; private set; }

    /// <summary>Requests inside $batch bodies.</summary>
    public int BatchOperations { get; private set; }

    /// <summary>Carried-out requests by operation, e.g. "UpsertMultiple contact", "GET contact", "$batch".</summary>
    public IReadOnlyDictionary<string, int> ByOperation
    {
        get
        {
            lock (byOperation) return new Dictionary<string, int>(byOperation);
        }
    }

    public int Count(string operation)
    {
        lock (byOperation) return byOperation.GetValueOrDefault(operation);
    }

    internal void CountHttpRequest() => HttpRequests++;

    internal void CountThrottled() => Throttled++;

    internal void CountFault() => FaultsInjected++;

    internal void CountCommittedWrite() => WriteRequestsCommitted++;

    internal void CountBatchOperation() => BatchOperations++;

    internal void CountOperation(string operation)
    {
        lock (byOperation) byOperation[operation] = byOperation.GetValueOrDefault(operation) + 1;
    }
}
