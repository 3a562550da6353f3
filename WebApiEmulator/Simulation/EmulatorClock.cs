namespace AlumniCrm.WebApiEmulator.Simulation;

/// <summary>
/// The emulator's time: real time plus an offset that tests move forward instead of sleeping
/// (the client's delay function calls <see cref="Advance"/>), so Retry-After is honoured instantly.
/// </summary>
public sealed class EmulatorClock
{
    private long offsetTicks;

    public DateTime UtcNow => DateTime.UtcNow.AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
