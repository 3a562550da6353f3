namespace AlumniCrm.LocalDataverse.Faults;

/// <summary>An injected failure: the <see cref="Occurrence"/>-th request (from now) matching message and table fails.</summary>
internal sealed class FaultRule
{
    private int _seen;

    public FaultRule(string messageName, string? table, int occurrence, bool repeat, Func<Exception> exception)
    {
        if (occurrence < 1) throw new ArgumentOutOfRangeException(nameof(occurrence), "Occurrences count from 1.");
        MessageName = messageName;
        Table = table;
        Occurrence = occurrence;
        Repeat = repeat;
        Exception = exception;
    }

    public string MessageName { get; }
    public string? Table { get; }
    public int Occurrence { get; }
    public bool Repeat { get; }
    public Func<Exception> Exception { get; }
    public bool Spent { get; private set; }

    /// <summary>Counts a matching request; true when this one must fail.</summary>
    public bool Fires(string messageName, string? table)
    {
        if (Spent) return false;
        if (!string.Equals(MessageName, messageName, StringComparison.OrdinalIgnoreCase)) return false;
        if (Table != null && !string.Equals(Table, table, StringComparison.Ordinal)) return false;
        _seen++;
        if (Repeat) return _seen >= Occurrence;
        if (_seen != Occurrence) return false;
        Spent = true;
        return true;
    }
}
