namespace AlumniCrm.Plugins.Services.Engagement;

/// <summary>Option values of the global choice <c>alm_engagementtype</c> (docs/data-model.md); the glue maps by cast.</summary>
public enum EngagementType
{
    GuestLecture = 842100000,
    Mentoring = 842100001,
    BoardOrCouncilSeat = 842100002,
    ThesisTopic = 842100003,
    ResearchSurvey = 842100004,
    InternshipHost = 842100005,
    Ambassador = 842100006,
    Speaker = 842100007,
}
