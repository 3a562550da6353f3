using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using static AlumniCrm.Domain.Tests.Enrolment.Networks;

namespace AlumniCrm.Domain.Tests.Enrolment;

public class NetworkRuleValidatorTests
{
    [Fact]
    public void Ordinary_programme_rule_is_valid_without_warnings()
    {
        var result = NetworkRuleValidator.Validate(ForProgrammes("Shipping alumni", "BSHIP") with { GraduatedWithinYears = 5, MinimumCredits = 60 });
        Assert.True(result.IsValid);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Negative_minimum_credits_is_an_error() =>
        Assert.Contains("cannot be negative", NetworkRuleValidator.Validate(Institution() with { MinimumCredits = -1 }).ErrorMessage);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Graduation_window_below_one_year_is_an_error(int years) =>
        Assert.Contains("at least 1", NetworkRuleValidator.Validate(Institution() with { GraduatedWithinYears = years }).ErrorMessage);

    [Fact]
    public void Unknown_level_is_an_error() =>
        Assert.False(NetworkRuleValidator.Validate(Institution() with { Levels = new[] { (DegreeLevel)5 } }).IsValid);

    [Fact]
    public void Automatic_enrolment_on_an_inactive_network_is_warned_about()
    {
        var result = NetworkRuleValidator.Validate(ForProgrammes("P", "BSHIP") with { Status = NetworkStatus.Planned });
        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Contains("not active"));
    }

    [Fact]
    public void Automatic_institution_network_without_criteria_is_warned_about()
    {
        var result = NetworkRuleValidator.Validate(Institution());
        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Contains("every alumnus"));
    }
}
