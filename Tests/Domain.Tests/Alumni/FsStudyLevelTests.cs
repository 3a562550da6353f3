using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Tests.Alumni;

public class FsStudyLevelTests
{
    [Theory]
    [InlineData("B3", DegreeLevel.Bachelor)]
    [InlineData("B4", DegreeLevel.Bachelor)]
    [InlineData("HK", DegreeLevel.Bachelor)]
    [InlineData("M2", DegreeLevel.Master)]
    [InlineData("MX", DegreeLevel.Master)]
    [InlineData("ME", DegreeLevel.Master)]
    [InlineData("M5", DegreeLevel.IntegratedProfessional)]
    [InlineData("PR", DegreeLevel.IntegratedProfessional)]
    [InlineData("FU", DegreeLevel.PhD)]
    [InlineData("AR", DegreeLevel.OneYearProgramme)]
    [InlineData("LN", DegreeLevel.SingleCourse)]
    [InlineData("HN", DegreeLevel.SingleCourse)]
    [InlineData("EVU", DegreeLevel.ContinuingEducation)]
    [InlineData("UTV", DegreeLevel.Exchange)]
    [InlineData("UTVEKSLING", DegreeLevel.Exchange)]
    [InlineData("900", DegreeLevel.PhD)]
    [InlineData("980", DegreeLevel.PhD)]
    public void Known_codes_map_to_their_level(string code, DegreeLevel expected)
    {
        var mapping = FsStudyLevel.Map(code);
        Assert.True(mapping.IsKnown);
        Assert.Equal(expected, mapping.Level);
        Assert.Contains(code, mapping.Explanation);
    }

    [Theory]
    [InlineData(" m2 ", DegreeLevel.Master)]
    [InlineData("fu", DegreeLevel.PhD)]
    public void Codes_are_trimmed_and_case_insensitive(string code, DegreeLevel expected) =>
        Assert.Equal(expected, FsStudyLevel.Map(code).Level);

    [Theory]
    [InlineData("XX")]
    [InlineData("B9")]
    [InlineData("500")]
    [InlineData("50")]
    [InlineData("1000")]
    [InlineData("-900")]
    public void Unknown_codes_give_an_unknown_level_with_a_clear_message(string code)
    {
        var mapping = FsStudyLevel.Map(code);
        Assert.False(mapping.IsKnown);
        Assert.Null(mapping.Level);
        Assert.Contains("unknown level", mapping.Explanation);
        Assert.Contains(code.Trim(), mapping.Explanation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Missing_code_is_unknown_not_an_exception(string? code)
    {
        var mapping = FsStudyLevel.Map(code);
        Assert.False(mapping.IsKnown);
        Assert.Contains("No FS study level code", mapping.Explanation);
    }

    [Fact]
    public void Every_degree_level_is_reachable_from_some_code()
    {
        var reachable = FsStudyLevel.KnownLetterCodes.Select(c => FsStudyLevel.Map(c).Level!.Value).Distinct();
        Assert.Equal(Enum.GetValues(typeof(DegreeLevel)).Cast<DegreeLevel>().OrderBy(l => l), reachable.OrderBy(l => l));
    }
}
