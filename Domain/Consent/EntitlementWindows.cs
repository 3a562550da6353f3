using System;

namespace AlumniCrm.Domain.Consent;

/// <summary>
/// The windows after graduation that the active alumni definition configures
/// (<c>alm_legitimateinterestyears</c>, <c>alm_careerservicesyears</c>). Defaults: BI contacts alumni on
/// legitimate interest for 5 years; OsloMet and UiA offer career counselling for 2 years.
/// Zero switches a window off.
/// </summary>
public sealed record EntitlementWindows
{
    public static EntitlementWindows Default { get; } = new EntitlementWindows();

    public EntitlementWindows() : this(5, 2) { }

    public EntitlementWindows(int legitimateInterestYears, int careerServicesYears)
    {
        if (legitimateInterestYears < 0 || legitimateInterestYears > 100)
            throw new ArgumentOutOfRangeException(nameof(legitimateInterestYears), legitimateInterestYears,
                "Years of legitimate interest after graduation must be between 0 and 100.");
        if (careerServicesYears < 0 || careerServicesYears > 100)
            throw new ArgumentOutOfRangeException(nameof(careerServicesYears), careerServicesYears,
                "Years of career services after graduation must be between 0 and 100.");
        LegitimateInterestYears = legitimateInterestYears;
        CareerServicesYears = careerServicesYears;
    }

    public int LegitimateInterestYears { get; }

    public int CareerServicesYears { get; }
}
