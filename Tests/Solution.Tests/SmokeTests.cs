namespace Smoke;

public class BuildSmokeTests
{
    [Fact]
    public void Builds() => Assert.True(true);
}
