namespace AlumniCrm.Plugins.Services.Engagement;

/// <summary>The English labels of <c>alm_engagementtype</c>, for row names and messages.</summary>
public static class EngagementTypeText
{
    public static string Label(EngagementType type)
    {
        switch (type)
        {
            case EngagementType.GuestLecture: return "Guest lecture";
            case EngagementType.Mentoring: return "Mentoring";
            case EngagementType.BoardOrCouncilSeat: return "Board or council seat";
            case EngagementType.ThesisTopic: return "Thesis topic";
            case EngagementType.ResearchSurvey: return "Research survey";
            case EngagementType.InternshipHost: return "Internship host";
            case EngagementType.Ambassador: return "Ambassador";
            case EngagementType.Speaker: return "Speaker";
            default: return type.ToString();
        }
    }
}
