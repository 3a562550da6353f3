using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Enrolment;

/// <summary>Checks a network's enrolment rule before it is saved.</summary>
public static class NetworkRuleValidator
{
    public static RuleValidationResult Validate(NetworkRule rule)
    {
        var errors = new List<string>();
        var warnings = new List<string>();

        if (rule.MinimumCredits < 0)
            errors.Add("Minimum credits cannot be negative (it is " + rule.MinimumCredits.ToString("0.#", CultureInfo.InvariantCulture) + ").");
        if (rule.GraduatedWithinYears.HasValue && rule.GraduatedWithinYears.Value < 1)
            errors.Add("'Graduated within years' must be at least 1, or empty for no limit (it is " + rule.GraduatedWithinYears.Value + ").");
        foreach (var unknown in rule.Levels.Where(l => !DegreeLevelText.IsDefined(l)).Distinct())
            errors.Add("Levels contains an unknown degree level value " + (int)unknown + ".");

        if (rule.AutoEnrol && rule.Status != NetworkStatus.Active)
            warnings.Add("Automatic enrolment is on, but the network is not active: nobody is enrolled until it is.");
        if (rule.AutoEnrol && !rule.HasScope && rule.Levels.Count == 0 && rule.MinimumCredits == 0 &&
            !rule.GraduatedWithinYears.HasValue)
            warnings.Add("No scope and no criteria: every alumnus of the institution is enrolled automatically.");

        return new RuleValidationResult(errors, warnings);
    }
}
