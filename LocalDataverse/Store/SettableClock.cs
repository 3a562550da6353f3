namespace AlumniCrm.LocalDataverse.Store;

/// <summary>The environment's clock (createdon, modifiedon, relative date conditions). Fixed unless the test moves it.</summary>
public sealed class SettableClock
{
    public SettableClock(DateTime utcNow) => UtcNow = utcNow;

    private DateTime _utcNow;

    public DateTime UtcNow
    {
        get => _utcNow;
        set => _utcNow = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
    }

    public void Advance(TimeSpan by) => UtcNow = UtcNow.Add(by);
}
