namespace AlumniCrm.Domain.Alumni;

/// <summary>Words for degree levels in reason texts read by communications staff.</summary>
public static class DegreeLevelText
{
    public static string Describe(DegreeLevel? level)
    {
        switch (level)
        {
            case DegreeLevel.Bachelor: return "Bachelor";
            case DegreeLevel.Master: return "Master";
            case DegreeLevel.PhD: return "PhD";
            case DegreeLevel.IntegratedProfessional: return "Integrated/professional";
            case DegreeLevel.OneYearProgramme: return "One-year programme";
            case DegreeLevel.ContinuingEducation: return "Continuing education (EVU)";
            case DegreeLevel.SingleCourse: return "Single course";
            case DegreeLevel.Exchange: return "Exchange";
            case null: return "unknown level";
            default: return "level " + (int)level.Value;
        }
    }

    /// <summary>Levels that award a degree; the others only count when the definition widens.</summary>
    public static bool IsDegree(DegreeLevel level) =>
        level == DegreeLevel.Bachelor || level == DegreeLevel.Master ||
        level == DegreeLevel.PhD || level == DegreeLevel.IntegratedProfessional;

    public static bool IsDefined(DegreeLevel level) =>
        level >= DegreeLevel.Bachelor && level <= DegreeLevel.Exchange;
}
