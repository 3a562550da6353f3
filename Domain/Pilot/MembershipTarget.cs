using System;

namespace AlumniCrm.Domain.Pilot;

/// <summary>
/// The pilot's membership target: an explicit share of an explicit potential base (USN: 10 % of
/// 227,000 former students = 22,700). Both are inputs, never assumed.
/// </summary>
public static class MembershipTarget
{
    public const decimal DefaultSharePercent = 10m;

    /// <summary>What is wrong with the inputs, in words; null when they can be used.</summary>
    public static string? Problem(int? potentialBase, decimal? sharePercent)
    {
        if (potentialBase < 0) return "the potential member base cannot be negative (it is " + potentialBase + ").";
        var share = sharePercent ?? DefaultSharePercent;
        if (share < 0 || share > 100) return "the target share must be between 0 and 100 percent (it is " + share + ").";
        return null;
    }

    /// <summary>Members to reach, rounded to whole people; null while the base is unknown.</summary>
    public static int? Compute(int? potentialBase, decimal? sharePercent)
    {
        var problem = Problem(potentialBase, sharePercent);
        if (problem != null) throw new ArgumentOutOfRangeException(nameof(potentialBase), problem);
        if (potentialBase is null) return null;
        return (int)Math.Round(potentialBase.Value * (sharePercent ?? DefaultSharePercent) / 100m, MidpointRounding.AwayFromZero);
    }
}
