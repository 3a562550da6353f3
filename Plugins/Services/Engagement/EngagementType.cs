using AlumniCrm.Contract;

namespace AlumniCrm.Plugins.Services.Engagement;

/// <summary>Option values of the global choice <c>alm_engagementtype</c> (its value comes from the schema contract); the glue maps by cast.</summary>
public enum EngagementType
{
    GuestLecture = OptionSets.alm_engagementtype.GuestLecture,
    Mentoring = OptionSets.alm_engagementtype.Mentoring,
    BoardOrCouncilSeat = OptionSets.alm_engagementtype.BoardOrCouncilSeat,
    ThesisTopic = OptionSets.alm_engagementtype.ThesisTopic,
    ResearchSurvey = OptionSets.alm_engagementtype.ResearchSurvey,
    InternshipHost = OptionSets.alm_engagementtype.InternshipHost,
    Ambassador = OptionSets.alm_engagementtype.Ambassador,
    Speaker = OptionSets.alm_engagementtype.Speaker,
}
