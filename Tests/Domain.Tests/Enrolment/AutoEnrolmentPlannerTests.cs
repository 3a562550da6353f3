using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using static AlumniCrm.Domain.Tests.Alumni.Facts;
using static AlumniCrm.Domain.Tests.Enrolment.Networks;

namespace AlumniCrm.Domain.Tests.Enrolment;

public class AutoEnrolmentPlannerTests
{
    private static readonly QualificationFacts ShippingBachelor =
        Qualification("BSHIP", DegreeLevel.Bachelor, 180, new DateTime(2022, 6, 20), faculty: BusinessSchool);

    private static readonly NetworkRule UsnAlumni = Institution("USN Alumni");
    private static readonly NetworkRule Shipping = ForProgrammes("Shipping alumni", "BSHIP");
    private static readonly NetworkRule Business = ForFaculty("Business school alumni", BusinessSchool);
    private static readonly NetworkRule Media = ForProgrammes("Media", "MAMEDIE");
    private static readonly NetworkRule[] All = { UsnAlumni, Shipping, Business, Media };

    private static ExistingMembership Membership(PersonFacts person, NetworkRule network, MembershipStatus status,
        DateTime? leftOn = null, LeaveReason? reason = null) =>
        new()
        {
            PersonId = person.PersonId,
            NetworkId = network.NetworkId,
            Status = status,
            Source = MembershipSource.Automatic,
            JoinedOn = new DateTime(2023, 1, 10),
            LeftOn = leftOn,
            LeaveReason = reason
        };

    [Fact]
    public void New_graduate_is_enrolled_in_every_active_automatic_network_they_meet()
    {
        var person = Person(ShippingBachelor);
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), All, Array.Empty<ExistingMembership>(), AsOf);

        Assert.Equal(new[] { UsnAlumni.NetworkId, Shipping.NetworkId, Business.NetworkId }, plan.Enrolments.Select(e => e.NetworkId));
        var notEligible = Assert.Single(plan.Skipped);
        Assert.Equal(Media.NetworkId, notEligible.NetworkId);
        Assert.Equal(SkipReason.NotEligible, notEligible.Reason);
        Assert.Contains("BSHIP", notEligible.Explanation);
    }

    [Fact]
    public void Planned_enrolment_is_an_active_automatic_membership_joined_on_the_as_of_date()
    {
        var person = Person(ShippingBachelor);
        var enrolment = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping }, Array.Empty<ExistingMembership>(), AsOf).Enrolments.Single();
        Assert.Equal(person.PersonId, enrolment.PersonId);
        Assert.Equal(MembershipStatus.Active, enrolment.Status);
        Assert.Equal(MembershipSource.Automatic, enrolment.Source);
        Assert.Equal(AsOf.Date, enrolment.JoinedOn);
        Assert.Equal(ShippingBachelor.Id, enrolment.MatchedQualificationId);
        Assert.Equal("Shipping alumni", enrolment.NetworkName);
        Assert.Contains("BSHIP is one of the network's programmes", enrolment.Reason);
    }

    [Theory]
    [InlineData(false, NetworkStatus.Active)]
    [InlineData(true, NetworkStatus.Planned)]
    [InlineData(true, NetworkStatus.Dormant)]
    [InlineData(true, NetworkStatus.Closed)]
    public void Networks_without_automatic_enrolment_or_not_active_are_not_considered(bool autoEnrol, NetworkStatus status)
    {
        var network = Shipping with { AutoEnrol = autoEnrol, Status = status };
        var plan = AutoEnrolmentPlanner.Plan(Candidate(Person(ShippingBachelor)), new[] { network }, Array.Empty<ExistingMembership>(), AsOf);
        Assert.Empty(plan.Enrolments);
        Assert.Empty(plan.Skipped);
    }

    [Theory]
    [InlineData(MembershipSource.Automatic)]
    [InlineData(MembershipSource.SelfRegistered)]
    [InlineData(MembershipSource.Staff)]
    [InlineData(MembershipSource.Import)]
    public void Existing_active_member_is_not_enrolled_twice_whatever_the_source(MembershipSource source)
    {
        var person = Person(ShippingBachelor);
        var existing = Membership(person, Shipping, MembershipStatus.Active) with { Source = source };
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping }, new[] { existing }, AsOf);
        Assert.Empty(plan.Enrolments);
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal(SkipReason.AlreadyMember, skip.Reason);
        Assert.Contains("since 2023-01-10", skip.Explanation);
    }

    [Fact]
    public void Planning_again_after_the_enrolments_were_written_plans_nothing()
    {
        var person = Person(ShippingBachelor);
        var first = AutoEnrolmentPlanner.Plan(Candidate(person), All, Array.Empty<ExistingMembership>(), AsOf);
        var written = first.Enrolments.Select(e => new ExistingMembership
        {
            PersonId = e.PersonId,
            NetworkId = e.NetworkId,
            Status = e.Status,
            Source = e.Source,
            JoinedOn = e.JoinedOn,
        }).ToList();
        var second = AutoEnrolmentPlanner.Plan(Candidate(person), All, written, AsOf.AddDays(1));
        Assert.Empty(second.Enrolments);
        Assert.Equal(3, second.Skipped.Count(s => s.Reason == SkipReason.AlreadyMember));
    }

    [Fact]
    public void Member_who_left_is_never_re_enrolled_even_though_eligible()
    {
        var person = Person(ShippingBachelor);
        var left = Membership(person, Shipping, MembershipStatus.Left, new DateTime(2024, 3, 5), LeaveReason.OwnChoice);
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping, UsnAlumni }, new[] { left }, AsOf);

        Assert.Equal(new[] { UsnAlumni.NetworkId }, plan.Enrolments.Select(e => e.NetworkId));
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal(SkipReason.PreviouslyLeft, skip.Reason);
        Assert.Contains("Left the network on 2024-03-05 (own choice)", skip.Explanation);
        Assert.Contains("never re-enrolled", skip.Explanation);
    }

    [Fact]
    public void Left_membership_without_date_or_reason_still_blocks()
    {
        var person = Person(ShippingBachelor);
        var left = new ExistingMembership { PersonId = person.PersonId, NetworkId = Shipping.NetworkId, Status = MembershipStatus.Left };
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping }, new[] { left }, AsOf);
        Assert.Empty(plan.Enrolments);
        Assert.Equal(SkipReason.PreviouslyLeft, plan.Skipped.Single().Reason);
    }

    [Fact]
    public void Suspended_membership_blocks_enrolment()
    {
        var person = Person(ShippingBachelor);
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping }, new[] { Membership(person, Shipping, MembershipStatus.Suspended) }, AsOf);
        Assert.Empty(plan.Enrolments);
        Assert.Equal(SkipReason.Suspended, plan.Skipped.Single().Reason);
    }

    [Fact]
    public void Duplicate_rows_for_a_pair_let_the_blocking_one_win()
    {
        var person = Person(ShippingBachelor);
        var rows = new[] { Membership(person, Shipping, MembershipStatus.Left, new DateTime(2024, 3, 5)), Membership(person, Shipping, MembershipStatus.Active) };
        Assert.Equal(SkipReason.PreviouslyLeft, AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping }, rows, AsOf).Skipped.Single().Reason);
    }

    [Fact]
    public void Someone_who_stops_qualifying_is_not_removed()
    {
        // Graduated 2022: inside a 2-year window once, outside now. Still a member, and no removal exists in a plan.
        var person = Person(ShippingBachelor);
        var recentOnly = Shipping with { GraduatedWithinYears = 2 };
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { recentOnly }, new[] { Membership(person, recentOnly, MembershipStatus.Active) }, AsOf);
        Assert.Empty(plan.Enrolments);
        Assert.Equal(SkipReason.AlreadyMember, plan.Skipped.Single().Reason);
    }

    [Fact]
    public void Deceased_person_is_never_enrolled_and_skipped_once()
    {
        var person = Person(ShippingBachelor) with { IsDeceased = true };
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), All, Array.Empty<ExistingMembership>(), AsOf);
        Assert.Empty(plan.Enrolments);
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal(SkipReason.Deceased, skip.Reason);
        Assert.Null(skip.NetworkId);
        Assert.Contains("deceased", skip.Explanation);
    }

    [Fact]
    public void Not_eligible_person_gets_a_skip_per_network_with_the_reasons()
    {
        var person = Person(Qualification("BSHIP", DegreeLevel.Bachelor, 60, completed: false));
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), new[] { Shipping }, Array.Empty<ExistingMembership>(), AsOf);
        var skip = Assert.Single(plan.Skipped);
        Assert.Equal(SkipReason.NotEligible, skip.Reason);
        Assert.Contains("former student without a qualifying result", skip.Explanation);
    }

    [Fact]
    public void Preregistered_student_is_enrolled_only_where_students_are_included()
    {
        var student = Student(CurrentStudyRight("MAMEDIE", DegreeLevel.Master), new DateTime(2024, 9, 1));
        var mediaWithStudents = Media with { IncludeCurrentStudents = true };
        var plan = AutoEnrolmentPlanner.Plan(Candidate(student, RecruitEarly), new[] { Media with { NetworkId = Guid.NewGuid() }, mediaWithStudents }, Array.Empty<ExistingMembership>(), AsOf);
        Assert.Equal(new[] { mediaWithStudents.NetworkId }, plan.Enrolments.Select(e => e.NetworkId));
    }

    // --- Batches ---

    [Fact]
    public void Same_person_twice_in_a_batch_is_enrolled_once_per_network_through_either_entry()
    {
        var personId = Guid.NewGuid();
        var media = Qualification("MAMEDIE", DegreeLevel.Master, 120, new DateTime(2024, 6, 1));
        var first = new PersonFacts { PersonId = personId, Qualifications = new[] { ShippingBachelor } };
        var second = new PersonFacts { PersonId = personId, Qualifications = new[] { media } };
        var plan = AutoEnrolmentPlanner.Plan(new[] { Candidate(first), Candidate(second), Candidate(first) }, All, Array.Empty<ExistingMembership>(), AsOf);

        Assert.Equal(4, plan.Enrolments.Count);
        Assert.Equal(plan.Enrolments.Count, plan.Enrolments.Select(e => e.NetworkId).Distinct().Count());
        Assert.Contains(plan.Enrolments, e => e.NetworkId == Media.NetworkId && e.MatchedQualificationId == media.Id);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Same_network_listed_twice_is_considered_once()
    {
        var plan = AutoEnrolmentPlanner.Plan(Candidate(Person(ShippingBachelor)), new[] { Shipping, Shipping }, Array.Empty<ExistingMembership>(), AsOf);
        Assert.Single(plan.Enrolments);
    }

    [Fact]
    public void Deceased_in_any_entry_of_a_batch_blocks_the_person()
    {
        var personId = Guid.NewGuid();
        var alive = new PersonFacts { PersonId = personId, Qualifications = new[] { ShippingBachelor } };
        var plan = AutoEnrolmentPlanner.Plan(new[] { Candidate(alive), Candidate(alive with { IsDeceased = true }) }, All, Array.Empty<ExistingMembership>(), AsOf);
        Assert.Empty(plan.Enrolments);
        Assert.Equal(SkipReason.Deceased, plan.Skipped.Single().Reason);
    }

    [Fact]
    public void Memberships_of_one_person_never_block_another()
    {
        var a = Person(ShippingBachelor);
        var b = Person(ShippingBachelor);
        var plan = AutoEnrolmentPlanner.Plan(new[] { Candidate(a), Candidate(b) }, new[] { Shipping },
            new[] { Membership(a, Shipping, MembershipStatus.Left, new DateTime(2024, 1, 1)) }, AsOf);
        Assert.Equal(new[] { b.PersonId }, plan.Enrolments.Select(e => e.PersonId));
    }

    [Fact]
    public void Batch_of_a_thousand_qualifications_is_planned_in_one_call_with_one_result_per_pair()
    {
        var candidates = Enumerable.Range(0, 1000).Select(i =>
        {
            var code = i % 2 == 0 ? "BSHIP" : "MAMEDIE";
            return Candidate(Person(Qualification(code, DegreeLevel.Bachelor, 180, new DateTime(2024, 6, 1), faculty: BusinessSchool)));
        }).ToList();
        var leftShipping = candidates.Take(10).Select(c => new ExistingMembership
        {
            PersonId = c.Person.PersonId,
            NetworkId = Shipping.NetworkId,
            Status = MembershipStatus.Left,
        });

        var plan = AutoEnrolmentPlanner.Plan(candidates, All, leftShipping, AsOf);

        // Everyone: institution + business faculty (1000 each); shipping: 500 - 5 who left; media: 500.
        Assert.Equal(1000 + 1000 + 495 + 500, plan.Enrolments.Count);
        Assert.Equal(4000, plan.Enrolments.Count + plan.Skipped.Count);
        // A membership is checked before eligibility: all ten who left are reported as such.
        Assert.Equal(10, plan.Skipped.Count(s => s.Reason == SkipReason.PreviouslyLeft));
        Assert.Equal((500 - 5) + 500, plan.Skipped.Count(s => s.Reason == SkipReason.NotEligible)); // media grads for shipping, shipping grads for media
    }

    [Fact]
    public void Summary_for_a_person_lists_enrolled_and_skipped_networks_in_words()
    {
        var person = Person(ShippingBachelor);
        var plan = AutoEnrolmentPlanner.Plan(Candidate(person), All,
            new[] { Membership(person, Business, MembershipStatus.Left, new DateTime(2024, 3, 5), LeaveReason.OwnChoice) }, AsOf);
        var summary = plan.SummaryFor(person.PersonId);
        Assert.StartsWith("Enrolled in 2 networks: USN Alumni, Shipping alumni.", summary);
        Assert.Contains("Not enrolled in Business school alumni: Left the network on 2024-03-05", summary);
        Assert.Contains("Not enrolled in Media: Not eligible:", summary);
    }

    [Fact]
    public void Summary_says_so_when_nothing_new_was_enrolled() =>
        Assert.StartsWith("Enrolled in no new network.", EnrolmentPlan.Empty.SummaryFor(Guid.NewGuid()));

    [Fact]
    public void Enum_values_are_the_dataverse_option_values()
    {
        Assert.Equal(842100000, (int)NetworkStatus.Active);
        Assert.Equal(842100001, (int)MembershipStatus.Left);
        Assert.Equal(842100002, (int)MembershipStatus.Suspended);
        Assert.Equal(842100000, (int)MembershipSource.Automatic);
        Assert.Equal(842100001, (int)LeaveReason.Deceased);
        Assert.Equal(842100001, (int)BackfillStatus.Pending);
    }
}
