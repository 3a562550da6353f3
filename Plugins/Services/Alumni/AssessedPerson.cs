using AlumniCrm.Domain.Enrolment;

namespace AlumniCrm.Plugins.Services.Alumni;

/// <summary>A contact as read, with the rules' verdict (facts + alumni status decision).</summary>
public sealed record AssessedPerson(PersonRecord Record, EnrolmentCandidate Candidate);
