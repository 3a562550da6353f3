using AlumniCrm.Domain.Pilot;

namespace AlumniCrm.Domain.Tests.Pilot;

public class MembershipTargetTests
{
    [Fact]
    public void Usn_target_is_ten_percent_of_227000() => Assert.Equal(22700, MembershipTarget.Compute(227000, 10m));

    [Fact]
    public void The_share_defaults_to_ten_percent() => Assert.Equal(22700, MembershipTarget.Compute(227000, null));

    [Theory]
    [InlineData(54500, 12.5, 6813)]
    [InlineData(1000, 0, 0)]
    [InlineData(1000, 100, 1000)]
    public void Other_shares_round_to_whole_people(int potentialBase, double share, int expected) =>
        Assert.Equal(expected, MembershipTarget.Compute(potentialBase, (decimal)share));

    [Fact]
    public void No_base_means_no_target() => Assert.Null(MembershipTarget.Compute(null, 10m));

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(1000, -0.5)]
    [InlineData(1000, 100.5)]
    public void Impossible_inputs_are_refused_with_a_reason(int potentialBase, double share)
    {
        Assert.NotNull(MembershipTarget.Problem(potentialBase, (decimal)share));
        Assert.Throws<ArgumentOutOfRangeException>(() => MembershipTarget.Compute(potentialBase, (decimal)share));
    }
}
