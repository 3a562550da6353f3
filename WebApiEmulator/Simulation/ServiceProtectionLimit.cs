namespace AlumniCrm.WebApiEmulator.Simulation;

/// <summary>
/// Dataverse's per-user request limit, scaled down: at most <see cref="RequestsPerWindow"/> requests
/// per <see cref="Window"/>; beyond that a 429 whose Retry-After is the rest of the window.
/// </summary>
public sealed class ServiceProtectionLimit(int requestsPerWindow, TimeSpan window)
{
    private DateTime windowStart = DateTime.MinValue;
    private int used;

    public int RequestsPerWindow { get; } = requestsPerWindow;

    public TimeSpan Window { get; } = window;

    /// <summary>Null when the request may proceed, else how long to wait.</summary>
    public TimeSpan? Admit(DateTime now)
    {
        if (now - windowStart >= Window)
        {
            windowStart = now;
            used = 0;
        }

        if (used < RequestsPerWindow)
        {
            used++;
            return null;
        }

        var rest = Window - (now - windowStart);
        return rest > TimeSpan.Zero ? rest : TimeSpan.FromMilliseconds(1);
    }
}
