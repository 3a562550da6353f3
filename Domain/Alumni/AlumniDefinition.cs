using System;
using System.Collections.Generic;

namespace AlumniCrm.Domain.Alumni;

/// <summary>
/// Who counts as an alumnus, as configured by the institution (table <c>alm_alumnidefinition</c>).
/// The institutions disagree (NHH: one credit; Oslo Nye Høyskole: a completed bachelor or master;
/// NTNU: a completed master), so this is data, never code.
/// </summary>
public sealed record AlumniDefinition
{
    public const int DefaultLegitimateInterestYears = 5;
    public const int DefaultCareerServicesYears = 2;

    /// <summary>Row id of the definition; the glue writes it to <c>alm_alumnidefinitionid</c>.</summary>
    public System.Guid Id { get; init; }

    /// <summary>Named in reason texts so staff know which rule decided.</summary>
    public string Name { get; init; } = "Alumni definition";

    /// <summary>
    /// A qualification must be completed and at a degree level (bachelor, master, PhD,
    /// integrated/professional). Exchange and EVU results count only through their own switches.
    /// </summary>
    public bool RequiresCompletedDegree { get; init; }

    /// <summary>Credits (studiepoeng) a qualification must carry, inclusive. NHH uses 1.</summary>
    public decimal MinimumCredits { get; init; }

    /// <summary>Degree levels that count; empty means every level. Exchange and EVU are governed by
    /// <see cref="IncludeExchange"/> and <see cref="IncludeContinuingEducation"/>.</summary>
    public IReadOnlyCollection<DegreeLevel> IncludedLevels { get; init; } = Array.Empty<DegreeLevel>();

    public bool IncludeExchange { get; init; }
    public bool IncludeContinuingEducation { get; init; }
    public bool IncludeStaff { get; init; }
    public bool AllowStudentPreregistration { get; init; }

    /// <summary>Carried for the consent rules: years after graduation contact may rest on legitimate interest.</summary>
    public int LegitimateInterestYears { get; init; } = DefaultLegitimateInterestYears;

    /// <summary>Carried for the consent rules: years after graduation career services are offered.</summary>
    public int CareerServicesYears { get; init; } = DefaultCareerServicesYears;
}
