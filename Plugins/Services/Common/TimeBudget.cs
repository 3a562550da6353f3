using System;
using System.Diagnostics;

namespace AlumniCrm.Plugins.Services.Common;

/// <summary>
/// Keeps a plugin under Dataverse's 2-minute execution limit: start another unit of work only if the
/// time used so far plus the slowest unit seen still fits the budget. Created per execution.
/// </summary>
public sealed class TimeBudget
{
    /// <summary>Leaves a third of the 2-minute limit for the last unit and the final writes.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(80);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _budget;
    private TimeSpan _slowest = TimeSpan.Zero;
    private TimeSpan _lastMark = TimeSpan.Zero;

    public TimeBudget(TimeSpan budget) => _budget = budget;

    /// <summary>Call after each unit of work.</summary>
    public void UnitDone()
    {
        var now = _clock.Elapsed;
        var unit = now - _lastMark;
        if (unit > _slowest) _slowest = unit;
        _lastMark = now;
    }

    public bool HasTimeForAnotherUnit => _clock.Elapsed + _slowest < _budget;

    public TimeSpan Elapsed => _clock.Elapsed;
}
