namespace AlumniCrm.LocalDataverse.Diagnostics;

/// <summary>Every plugin execution in order, with its trace (what ITracingService captured).</summary>
public sealed class PluginExecutionLog
{
    private readonly List<PluginExecutionRecord> _records = new();

    public IReadOnlyList<PluginExecutionRecord> All => _records;

    public IEnumerable<PluginExecutionRecord> Of(Type pluginType) => _records.Where(r => r.PluginType == pluginType.FullName);

    public IEnumerable<PluginExecutionRecord> Of<TPlugin>() => Of(typeof(TPlugin));

    /// <summary>All trace text of all executions, in order.</summary>
    public string Traces => string.Join(Environment.NewLine, _records.Where(r => r.Trace.Length > 0).Select(r => r.Trace));

    public void Reset() => _records.Clear();

    internal void Add(PluginExecutionRecord record) => _records.Add(record);
}
