using AlumniCrm.Domain.Consent;
using static AlumniCrm.Domain.Tests.Consent.ConsentFixtures;

namespace AlumniCrm.Domain.Tests.Consent;

public class AlumniEntitlementsTests
{
    private static readonly DateTime Graduated = new DateTime(2020, 6, 15);

    [Fact]
    public void Default_windows_are_five_years_of_legitimate_interest_and_two_of_career_services()
    {
        var e = AlumniEntitlements.For(Graduated, EntitlementWindows.Default, Utc(2021, 1, 1));
        Assert.Equal(new DateTime(2025, 6, 15), e.LegitimateInterestUntil);
        Assert.Equal(new DateTime(2022, 6, 15), e.CareerServicesEligibleUntil);
        Assert.True(e.IsWithinLegitimateInterest);
        Assert.True(e.IsCareerServicesEligible);
        Assert.Equal(0, e.YearsSinceGraduation);
    }

    [Theory]
    [InlineData(2020, 6, 15, 0)]
    [InlineData(2021, 6, 14, 0)]
    [InlineData(2021, 6, 15, 1)]
    [InlineData(2025, 6, 14, 4)]
    [InlineData(2025, 6, 15, 5)]
    [InlineData(2019, 1, 1, 0)]
    public void Years_since_graduation_count_completed_anniversaries(int y, int m, int d, int expected)
    {
        Assert.Equal(expected, AlumniEntitlements.For(Graduated, EntitlementWindows.Default, Utc(y, m, d)).YearsSinceGraduation);
    }

    [Fact]
    public void Windows_end_at_the_start_of_the_anniversary_day()
    {
        var lastMoment = AlumniEntitlements.For(Graduated, EntitlementWindows.Default, Utc(2022, 6, 14, 23, 59));
        var anniversary = AlumniEntitlements.For(Graduated, EntitlementWindows.Default, Utc(2022, 6, 15));
        Assert.True(lastMoment.IsCareerServicesEligible);
        Assert.False(anniversary.IsCareerServicesEligible);
        Assert.True(anniversary.IsWithinLegitimateInterest);
    }

    [Fact]
    public void Nothing_applies_before_graduation()
    {
        var e = AlumniEntitlements.For(Graduated, EntitlementWindows.Default, Utc(2020, 6, 14));
        Assert.False(e.IsWithinLegitimateInterest);
        Assert.False(e.IsCareerServicesEligible);
    }

    [Fact]
    public void Without_graduation_there_are_no_entitlements()
    {
        var e = AlumniEntitlements.For(null, EntitlementWindows.Default, Utc(2021, 1, 1));
        Assert.Null(e.LatestGraduationDate);
        Assert.Null(e.YearsSinceGraduation);
        Assert.Null(e.LegitimateInterestUntil);
        Assert.Null(e.CareerServicesEligibleUntil);
        Assert.False(e.IsWithinLegitimateInterest);
        Assert.False(e.IsCareerServicesEligible);
    }

    [Fact]
    public void A_zero_window_is_switched_off()
    {
        var e = AlumniEntitlements.For(Graduated, new EntitlementWindows(0, 0), Utc(2020, 7, 1));
        Assert.Null(e.LegitimateInterestUntil);
        Assert.Null(e.CareerServicesEligibleUntil);
        Assert.False(e.IsWithinLegitimateInterest);
        Assert.False(e.IsCareerServicesEligible);
    }

    [Fact]
    public void Configured_windows_are_used()
    {
        var e = AlumniEntitlements.For(Graduated, new EntitlementWindows(3, 1), Utc(2021, 7, 1));
        Assert.Equal(new DateTime(2023, 6, 15), e.LegitimateInterestUntil);
        Assert.Equal(new DateTime(2021, 6, 15), e.CareerServicesEligibleUntil);
        Assert.False(e.IsCareerServicesEligible);
    }

    [Fact]
    public void A_leap_day_graduation_reaches_its_anniversary_on_28_february()
    {
        var e = AlumniEntitlements.For(new DateTime(2024, 2, 29), EntitlementWindows.Default, Utc(2025, 1, 1));
        Assert.Equal(new DateTime(2026, 2, 28), e.CareerServicesEligibleUntil);
        Assert.Equal(new DateTime(2029, 2, 28), e.LegitimateInterestUntil);
    }

    [Fact]
    public void The_time_of_day_of_the_graduation_date_is_ignored()
    {
        var e = AlumniEntitlements.For(new DateTime(2020, 6, 15, 22, 0, 0), EntitlementWindows.Default, Utc(2021, 1, 1));
        Assert.Equal(new DateTime(2020, 6, 15), e.LatestGraduationDate);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, -1)]
    [InlineData(101, 2)]
    public void Windows_outside_zero_to_a_hundred_years_are_rejected(int interest, int career)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EntitlementWindows(interest, career));
    }
}
