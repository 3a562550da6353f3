using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Tests.Alumni;

public class AlumniDefinitionValidatorTests
{
    [Fact]
    public void Seed_definitions_are_valid()
    {
        foreach (var definition in new[] { Facts.Nhh, Facts.OsloNyeHoyskole, Facts.MasterOnly, Facts.Usn, Facts.RecruitEarly })
            Assert.True(AlumniDefinitionValidator.Validate(definition).IsValid, definition.Name);
    }

    [Fact]
    public void New_definition_defaults_to_five_legitimate_interest_years_and_two_career_services_years()
    {
        var definition = new AlumniDefinition();
        Assert.Equal(5, definition.LegitimateInterestYears);
        Assert.Equal(2, definition.CareerServicesYears);
        Assert.Empty(definition.IncludedLevels);
    }

    [Fact]
    public void Negative_minimum_credits_is_an_error_naming_the_value()
    {
        var result = AlumniDefinitionValidator.Validate(Facts.Nhh with { MinimumCredits = -1 });
        Assert.False(result.IsValid);
        Assert.Contains("Minimum credits cannot be negative (it is -1)", result.ErrorMessage);
    }

    [Fact]
    public void Absurdly_high_minimum_credits_is_an_error() =>
        Assert.False(AlumniDefinitionValidator.Validate(Facts.Nhh with { MinimumCredits = 601 }).IsValid);

    [Fact]
    public void Minimum_credits_with_two_decimals_is_an_error_but_one_decimal_is_fine()
    {
        Assert.False(AlumniDefinitionValidator.Validate(Facts.Nhh with { MinimumCredits = 7.55m }).IsValid);
        Assert.True(AlumniDefinitionValidator.Validate(Facts.Nhh with { MinimumCredits = 7.5m }).IsValid);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, -1)]
    public void Negative_consent_years_are_errors(int legitimateInterestYears, int careerServicesYears)
    {
        var result = AlumniDefinitionValidator.Validate(Facts.Nhh with
        {
            LegitimateInterestYears = legitimateInterestYears,
            CareerServicesYears = careerServicesYears,
        });
        Assert.Single(result.Errors);
        Assert.Contains("cannot be negative", result.Errors[0]);
    }

    [Fact]
    public void Zero_consent_years_are_allowed() =>
        Assert.True(AlumniDefinitionValidator.Validate(Facts.Nhh with { LegitimateInterestYears = 0, CareerServicesYears = 0 }).IsValid);

    [Fact]
    public void Listing_exchange_while_exchange_is_switched_off_is_a_contradiction()
    {
        var result = AlumniDefinitionValidator.Validate(Facts.Usn with { IncludedLevels = new[] { DegreeLevel.Master, DegreeLevel.Exchange } });
        Assert.Contains(result.Errors, e => e.Contains("Exchange") && e.Contains("include exchange students"));
    }

    [Fact]
    public void Listing_evu_while_evu_is_switched_off_is_a_contradiction()
    {
        var result = AlumniDefinitionValidator.Validate(Facts.MasterOnly with { IncludedLevels = new[] { DegreeLevel.ContinuingEducation } });
        Assert.Contains(result.Errors, e => e.Contains("EVU"));
    }

    [Fact]
    public void Listing_evu_with_the_switch_on_is_fine() =>
        Assert.True(AlumniDefinitionValidator.Validate(Facts.Usn with { IncludedLevels = new[] { DegreeLevel.Master, DegreeLevel.ContinuingEducation } }).IsValid);

    [Theory]
    [InlineData(DegreeLevel.OneYearProgramme)]
    [InlineData(DegreeLevel.SingleCourse)]
    public void Non_degree_levels_cannot_be_listed_when_a_completed_degree_is_required(DegreeLevel level)
    {
        var result = AlumniDefinitionValidator.Validate(Facts.MasterOnly with { IncludedLevels = new[] { level } });
        Assert.Contains(result.Errors, e => e.Contains("never awards a degree"));
    }

    [Fact]
    public void Unknown_level_value_is_an_error()
    {
        var result = AlumniDefinitionValidator.Validate(Facts.Nhh with { IncludedLevels = new[] { (DegreeLevel)123 } });
        Assert.Contains(result.Errors, e => e.Contains("unknown degree level value 123"));
    }

    [Fact]
    public void Requiring_nothing_at_all_is_valid_but_warned_about()
    {
        var result = AlumniDefinitionValidator.Validate(new AlumniDefinition());
        Assert.True(result.IsValid);
        Assert.Contains(result.Warnings, w => w.Contains("every person with a qualification record"));
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        var result = AlumniDefinitionValidator.Validate(Facts.Nhh with { MinimumCredits = -2, CareerServicesYears = -1, LegitimateInterestYears = -1 });
        Assert.Equal(3, result.Errors.Count);
    }
}
