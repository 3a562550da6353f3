using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AlumniCrm.Domain.Alumni;

/// <summary>Checks an <see cref="AlumniDefinition"/> before it is saved or used.</summary>
public static class AlumniDefinitionValidator
{
    /// <summary>Above this a definition would exclude even a full integrated master plus PhD; surely a typo.</summary>
    public const decimal MaximumSensibleCredits = 600m;

    public static RuleValidationResult Validate(AlumniDefinition definition)
    {
        var errors = new List<string>();
        var warnings = new List<string>();

        if (definition.MinimumCredits < 0)
            errors.Add("Minimum credits cannot be negative (it is " + Format(definition.MinimumCredits) + ").");
        if (definition.MinimumCredits > MaximumSensibleCredits)
            errors.Add("Minimum credits " + Format(definition.MinimumCredits) + " is more than " +
                       Format(MaximumSensibleCredits) + "; no qualification would count.");
        if (decimal.Round(definition.MinimumCredits, 1) != definition.MinimumCredits)
            errors.Add("Minimum credits can have at most one decimal, as FS credits do (it is " +
                       definition.MinimumCredits.ToString(CultureInfo.InvariantCulture) + ").");
        if (definition.LegitimateInterestYears < 0)
            errors.Add("Legitimate-interest years cannot be negative (it is " + definition.LegitimateInterestYears + ").");
        if (definition.CareerServicesYears < 0)
            errors.Add("Career-services years cannot be negative (it is " + definition.CareerServicesYears + ").");

        var levels = definition.IncludedLevels ?? Array.Empty<DegreeLevel>();
        foreach (var unknown in levels.Where(l => !DegreeLevelText.IsDefined(l)).Distinct())
            errors.Add("Included levels contains an unknown degree level value " + (int)unknown + ".");
        if (levels.Contains(DegreeLevel.Exchange) && !definition.IncludeExchange)
            errors.Add("Included levels lists Exchange, but 'include exchange students' is off; turn it on or remove the level.");
        if (levels.Contains(DegreeLevel.ContinuingEducation) && !definition.IncludeContinuingEducation)
            errors.Add("Included levels lists Continuing education (EVU), but 'include continuing education' is off; turn it on or remove the level.");
        if (definition.RequiresCompletedDegree)
        {
            foreach (var nonDegree in new[] { DegreeLevel.OneYearProgramme, DegreeLevel.SingleCourse })
                if (levels.Contains(nonDegree))
                    errors.Add("Included levels lists " + DegreeLevelText.Describe(nonDegree) +
                               ", which never awards a degree, but a completed degree is required.");
        }
        if (levels.Count > 0 && levels.All(l => l == DegreeLevel.Exchange || l == DegreeLevel.ContinuingEducation))
            warnings.Add("Included levels lists only Exchange/EVU; every degree level is then excluded.");

        if (!definition.RequiresCompletedDegree && definition.MinimumCredits == 0)
            warnings.Add("Neither a completed degree nor any credits are required: every person with a qualification record counts as an alumnus.");

        return new RuleValidationResult(errors, warnings);
    }

    private static string Format(decimal credits) => credits.ToString("0.#", CultureInfo.InvariantCulture);
}
