using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using static AlumniCrm.Domain.Tests.Alumni.Facts;
using static AlumniCrm.Domain.Tests.Enrolment.Networks;

namespace AlumniCrm.Domain.Tests.Enrolment;

public class BackfillPlannerTests
{
    private static readonly NetworkRule Shipping = ForProgrammes("Shipping alumni", "BSHIP");

    private static EnrolmentCandidate Graduate(string code = "BSHIP") =>
        Candidate(Person(Qualification(code, DegreeLevel.Bachelor, 180, new DateTime(2021, 6, 1))));

    [Fact]
    public void First_page_enrols_eligible_persons_and_counts_them()
    {
        var page = new[] { Graduate(), Graduate(), Graduate("MAMEDIE") };
        var result = BackfillPlanner.PlanPage(Shipping, page, Array.Empty<ExistingMembership>(), BackfillProgress.Start, moreRecords: true, AsOf);

        Assert.Equal(2, result.Plan.Enrolments.Count);
        Assert.All(result.Plan.Enrolments, e => Assert.Equal(Shipping.NetworkId, e.NetworkId));
        Assert.Equal(new BackfillProgress(3, 2, true), result.Progress);
        Assert.Equal(BackfillStatus.Running, result.Progress.Status);
    }

    [Fact]
    public void Totals_accumulate_over_pages_and_the_last_page_completes()
    {
        var afterFirst = BackfillPlanner.PlanPage(Shipping, new[] { Graduate(), Graduate() }, Array.Empty<ExistingMembership>(), BackfillProgress.Start, true, AsOf).Progress;
        var afterLast = BackfillPlanner.PlanPage(Shipping, new[] { Graduate(), Graduate("MAMEDIE") }, Array.Empty<ExistingMembership>(), afterFirst, false, AsOf).Progress;
        Assert.Equal(4, afterLast.Processed);
        Assert.Equal(3, afterLast.Enrolled);
        Assert.False(afterLast.MoreRecords);
        Assert.Equal(BackfillStatus.Completed, afterLast.Status);
        Assert.Null(afterLast.StoppedReason);
    }

    [Fact]
    public void Empty_last_page_completes_without_changing_totals()
    {
        var soFar = new BackfillProgress(250, 120, true);
        var result = BackfillPlanner.PlanPage(Shipping, Array.Empty<EnrolmentCandidate>(), Array.Empty<ExistingMembership>(), soFar, false, AsOf);
        Assert.Empty(result.Plan.Enrolments);
        Assert.Equal(new BackfillProgress(250, 120, false), result.Progress);
    }

    [Fact]
    public void Back_fill_respects_left_and_existing_memberships()
    {
        var left = Graduate();
        var member = Graduate();
        var fresh = Graduate();
        var memberships = new[]
        {
            new ExistingMembership { PersonId = left.Person.PersonId, NetworkId = Shipping.NetworkId, Status = MembershipStatus.Left },
            new ExistingMembership { PersonId = member.Person.PersonId, NetworkId = Shipping.NetworkId, Status = MembershipStatus.Active },
        };
        var result = BackfillPlanner.PlanPage(Shipping, new[] { left, member, fresh }, memberships, BackfillProgress.Start, false, AsOf);
        Assert.Equal(new[] { fresh.Person.PersonId }, result.Plan.Enrolments.Select(e => e.PersonId));
        Assert.Equal(1, result.Progress.Enrolled);
        Assert.Equal(3, result.Progress.Processed);
    }

    [Fact]
    public void Memberships_in_other_networks_do_not_block_the_back_fill()
    {
        var person = Graduate();
        var otherNetwork = new ExistingMembership { PersonId = person.Person.PersonId, NetworkId = Guid.NewGuid(), Status = MembershipStatus.Left };
        var result = BackfillPlanner.PlanPage(Shipping, new[] { person }, new[] { otherNetwork }, BackfillProgress.Start, false, AsOf);
        Assert.Single(result.Plan.Enrolments);
    }

    [Fact]
    public void Deceased_persons_are_not_back_filled()
    {
        var deceased = Candidate(Person(Qualification("BSHIP", DegreeLevel.Bachelor, 180)) with { IsDeceased = true });
        var result = BackfillPlanner.PlanPage(Shipping, new[] { deceased }, Array.Empty<ExistingMembership>(), BackfillProgress.Start, false, AsOf);
        Assert.Empty(result.Plan.Enrolments);
        Assert.Equal(1, result.Progress.Processed);
    }

    [Fact]
    public void Person_appearing_twice_on_a_page_is_processed_and_enrolled_once()
    {
        var person = Graduate();
        var result = BackfillPlanner.PlanPage(Shipping, new[] { person, person }, Array.Empty<ExistingMembership>(), BackfillProgress.Start, false, AsOf);
        Assert.Single(result.Plan.Enrolments);
        Assert.Equal(1, result.Progress.Processed);
    }

    [Fact]
    public void Back_fill_stops_when_automatic_enrolment_was_turned_off_meanwhile()
    {
        var soFar = new BackfillProgress(500, 200, true);
        var result = BackfillPlanner.PlanPage(Shipping with { AutoEnrol = false }, new[] { Graduate() }, Array.Empty<ExistingMembership>(), soFar, true, AsOf);
        Assert.Empty(result.Plan.Enrolments);
        Assert.False(result.Progress.MoreRecords);
        Assert.Equal(500, result.Progress.Processed);
        Assert.Contains("automatic enrolment was turned off", result.Progress.StoppedReason);
    }

    [Fact]
    public void Back_fill_stops_when_the_network_was_closed_meanwhile()
    {
        var result = BackfillPlanner.PlanPage(Shipping with { Status = NetworkStatus.Closed }, new[] { Graduate() }, Array.Empty<ExistingMembership>(), BackfillProgress.Start, true, AsOf);
        Assert.False(result.Progress.MoreRecords);
        Assert.Contains("no longer active", result.Progress.StoppedReason);
    }

    [Theory]
    [InlineData(null, 250)]
    [InlineData(0, 250)]
    [InlineData(-5, 250)]
    [InlineData(1, 1)]
    [InlineData(500, 500)]
    [InlineData(1000, 1000)]
    [InlineData(5000, 1000)]
    public void Page_size_defaults_and_is_capped(int? requested, int expected) =>
        Assert.Equal(expected, BackfillPlanner.NormalizePageSize(requested));
}
