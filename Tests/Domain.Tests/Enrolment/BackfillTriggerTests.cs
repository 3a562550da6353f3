using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using static AlumniCrm.Domain.Tests.Alumni.Facts;
using static AlumniCrm.Domain.Tests.Enrolment.Networks;

namespace AlumniCrm.Domain.Tests.Enrolment;

public class BackfillTriggerTests
{
    private static readonly NetworkRule Shipping = ForProgrammes("Shipping alumni", "BSHIP") with
    {
        Levels = new[] { DegreeLevel.Bachelor },
        MinimumCredits = 60,
        GraduatedWithinYears = 5,
    };

    private static void Requires(NetworkRule? before, NetworkRule after, string reason)
    {
        var need = BackfillTrigger.Assess(before, after);
        Assert.True(need.IsRequired);
        Assert.Equal(BackfillStatus.Pending, need.Status);
        Assert.Contains(need.Reasons, r => r.Contains(reason));
    }

    private static void DoesNotRequire(NetworkRule? before, NetworkRule after)
    {
        var need = BackfillTrigger.Assess(before, after);
        Assert.False(need.IsRequired);
        Assert.Equal(BackfillStatus.NotNeeded, need.Status);
        Assert.NotEmpty(need.Reasons);
    }

    [Fact]
    public void New_automatic_network_needs_a_back_fill() => Requires(null, Shipping, "New network");

    [Fact]
    public void New_network_without_automatic_enrolment_does_not() => DoesNotRequire(null, Shipping with { AutoEnrol = false });

    [Fact]
    public void New_automatic_network_that_is_only_planned_does_not() => DoesNotRequire(null, Shipping with { Status = NetworkStatus.Planned });

    [Fact]
    public void Turning_automatic_enrolment_on_needs_a_back_fill() => Requires(Shipping with { AutoEnrol = false }, Shipping, "turned on");

    [Fact]
    public void Turning_automatic_enrolment_off_does_not() => DoesNotRequire(Shipping, Shipping with { AutoEnrol = false });

    [Fact]
    public void Activating_a_dormant_automatic_network_needs_a_back_fill() => Requires(Shipping with { Status = NetworkStatus.Dormant }, Shipping, "became active");

    [Fact]
    public void Pure_rename_does_not() => DoesNotRequire(Shipping, Shipping with { Name = "Shipping & logistics alumni" });

    [Fact]
    public void Unchanged_rule_does_not() => DoesNotRequire(Shipping, Shipping);

    [Fact]
    public void Adding_a_programme_needs_a_back_fill() =>
        Requires(Shipping, Shipping with { ProgrammeIds = new[] { Programme("BSHIP"), Programme("MSHIP") } }, "Programmes were added");

    [Fact]
    public void Removing_a_programme_does_not() =>
        DoesNotRequire(Shipping with { ProgrammeIds = new[] { Programme("BSHIP"), Programme("MSHIP") } }, Shipping);

    [Fact]
    public void Replacing_a_programme_needs_a_back_fill() =>
        Requires(Shipping, Shipping with { ProgrammeIds = new[] { Programme("MSHIP") } }, "Programmes were added");

    [Fact]
    public void Removing_the_whole_scope_widens_to_the_institution() =>
        Requires(Shipping, Shipping with { ProgrammeIds = Array.Empty<Guid>() }, "whole institution");

    [Fact]
    public void Adding_a_scope_to_an_institution_network_narrows_it_and_does_not()
    {
        var institution = Institution();
        DoesNotRequire(institution, institution with { ProgrammeIds = new[] { Programme("BSHIP") } });
        DoesNotRequire(institution, institution with { FacultyId = BusinessSchool });
    }

    [Fact]
    public void Setting_or_changing_the_faculty_needs_a_back_fill()
    {
        Requires(Shipping, Shipping with { FacultyId = BusinessSchool }, "faculty scope");
        var faculty = ForFaculty("F", BusinessSchool);
        Requires(faculty, faculty with { FacultyId = MediaFaculty }, "faculty scope");
    }

    [Fact]
    public void Setting_or_changing_the_institute_needs_a_back_fill()
    {
        var institute = ForInstitute("I", MediaInstitute);
        Requires(institute, institute with { InstituteId = HistoryInstitute }, "institute scope");
    }

    [Fact]
    public void Clearing_one_of_several_scopes_narrows_and_does_not()
    {
        var both = Shipping with { FacultyId = BusinessSchool };
        DoesNotRequire(both, Shipping);
    }

    [Fact]
    public void Adding_a_level_or_removing_the_level_restriction_needs_a_back_fill()
    {
        Requires(Shipping, Shipping with { Levels = new[] { DegreeLevel.Bachelor, DegreeLevel.Master } }, "Levels were added");
        Requires(Shipping, Shipping with { Levels = Array.Empty<DegreeLevel>() }, "level restriction was removed");
    }

    [Fact]
    public void Restricting_levels_does_not()
    {
        DoesNotRequire(Shipping with { Levels = Array.Empty<DegreeLevel>() }, Shipping);
        DoesNotRequire(Shipping with { Levels = new[] { DegreeLevel.Bachelor, DegreeLevel.Master } }, Shipping);
    }

    [Fact]
    public void Lowering_minimum_credits_needs_a_back_fill_and_raising_does_not()
    {
        Requires(Shipping, Shipping with { MinimumCredits = 30 }, "lowered from 60 to 30");
        DoesNotRequire(Shipping, Shipping with { MinimumCredits = 90 });
    }

    [Fact]
    public void Lengthening_or_removing_the_graduation_window_needs_a_back_fill()
    {
        Requires(Shipping, Shipping with { GraduatedWithinYears = 10 }, "lengthened from 5 to 10");
        Requires(Shipping, Shipping with { GraduatedWithinYears = null }, "window was removed");
    }

    [Fact]
    public void Shortening_or_adding_a_graduation_window_does_not()
    {
        DoesNotRequire(Shipping, Shipping with { GraduatedWithinYears = 2 });
        DoesNotRequire(Shipping with { GraduatedWithinYears = null }, Shipping);
    }

    [Fact]
    public void Including_current_students_needs_a_back_fill_and_excluding_them_does_not()
    {
        Requires(Shipping, Shipping with { IncludeCurrentStudents = true }, "Current students are now included");
        DoesNotRequire(Shipping with { IncludeCurrentStudents = true }, Shipping);
    }

    [Fact]
    public void Several_widening_changes_are_all_named()
    {
        var need = BackfillTrigger.Assess(Shipping, Shipping with { MinimumCredits = 0, IncludeCurrentStudents = true, Levels = Array.Empty<DegreeLevel>() });
        Assert.Equal(3, need.Reasons.Count);
    }
}
