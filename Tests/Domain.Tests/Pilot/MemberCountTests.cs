using AlumniCrm.Domain.Pilot;

namespace AlumniCrm.Domain.Tests.Pilot;

public class MemberCountTests
{
    private static readonly Guid Ada = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Bo = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid Cy = new("00000000-0000-0000-0000-00000000000c");

    [Fact]
    public void A_person_in_several_networks_counts_once() =>
        Assert.Equal(2, MemberCount.Start.Advance(new[] { Ada, Ada, Ada, Bo }).Count);

    [Fact]
    public void A_person_whose_memberships_span_two_pages_counts_once()
    {
        var afterFirstPage = MemberCount.Start.Advance(new[] { Ada, Bo, Bo });
        var afterSecondPage = afterFirstPage.Advance(new[] { Bo, Cy });

        Assert.Equal(2, afterFirstPage.Count);
        Assert.Equal(Bo, afterFirstPage.LastPersonId);
        Assert.Equal(3, afterSecondPage.Count);
    }

    [Fact]
    public void Empty_pages_and_rows_without_a_person_change_nothing()
    {
        var count = MemberCount.Start.Advance(new[] { Ada }).Advance(Array.Empty<Guid>()).Advance(new[] { Guid.Empty });

        Assert.Equal(new MemberCount(1, Ada), count);
    }
}
