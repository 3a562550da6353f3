using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// What a graduate is entitled to at a given time, from the latest graduation date. Windows are
/// half-open: they start on the graduation day and end at the start of the anniversary day
/// (graduated 2020-06-15 with 5 years: legitimate interest until 2025-06-15, that day excluded).
/// A 29 February graduation reaches its anniversary on 28 February.
/// </summary>
public sealed record AlumniEntitlements
{
    /// <summary>Date-only, as in <c>alm_latestgraduationdate</c>; empty when the person has not graduated.</summary>
    public DateTime? LatestGraduationDate { get; init; }

    /// <summary>Completed years since graduation (anniversaries passed); empty when not graduated.</summary>
    public int? YearsSinceGraduation { get; init; }

    /// <summary>Exclusive end of career services; empty when not graduated or the window is switched off.</summary>
    public DateTime? CareerServicesEligibleUntil { get; init; }

    public bool IsCareerServicesEligible { get; init; }

    /// <summary>Exclusive end of contact on legitimate interest; empty when not graduated or switched off.</summary>
    public DateTime? LegitimateInterestUntil { get; init; }

    public bool IsWithinLegitimateInterest { get; init; }

    public static AlumniEntitlements For(DateTime? latestGraduationDate, EntitlementWindows windows, DateTime asOf)
    {
        if (windows == null) throw new ArgumentNullException(nameof(windows));
        if (latestGraduationDate is not { } graduated)
            return new AlumniEntitlements();

        var graduationDay = graduated.Date;
        var careerUntil = WindowEnd(graduationDay, windows.CareerServicesYears);
        var interestUntil = WindowEnd(graduationDay, windows.LegitimateInterestYears);
        return new AlumniEntitlements
        {
            LatestGraduationDate = graduationDay,
            YearsSinceGraduation = CompletedYears(graduationDay, asOf),
            CareerServicesEligibleUntil = careerUntil,
            IsCareerServicesEligible = IsWithin(graduationDay, careerUntil, asOf),
            LegitimateInterestUntil = interestUntil,
            IsWithinLegitimateInterest = IsWithin(graduationDay, interestUntil, asOf),
        };
    }

    private static DateTime? WindowEnd(DateTime graduationDay, int years) =>
        years > 0 ? graduationDay.AddYears(years) : (DateTime?)null;

    private static bool IsWithin(DateTime start, DateTime? end, DateTime asOf) =>
        end is { } until && asOf >= start && asOf < until;

    private static int CompletedYears(DateTime graduationDay, DateTime asOf)
    {
        if (asOf < graduationDay) return 0;
        var years = asOf.Year - graduationDay.Year;
        if (graduationDay.AddYears(years) > asOf) years--;
        return years;
    }
}
