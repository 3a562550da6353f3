using AlumniCrm.Domain.Alumni;
using AlumniCrm.Domain.Enrolment;
using AlumniCrm.Domain.Tests.Alumni;

namespace AlumniCrm.Domain.Tests.Enrolment;

/// <summary>Network rules and candidates used across the enrolment tests.</summary>
internal static class Networks
{
    public static readonly DateTime AsOf = new(2025, 6, 15, 10, 30, 0);

    public static NetworkRule Institution(string name = "USN Alumni") =>
        new() { NetworkId = Id(name), Name = name, AutoEnrol = true, Status = NetworkStatus.Active };

    public static NetworkRule ForProgrammes(string name, params string[] programmeCodes) =>
        Institution(name) with { ProgrammeIds = programmeCodes.Select(Facts.Programme).ToArray() };

    public static NetworkRule ForFaculty(string name, Guid faculty) => Institution(name) with { FacultyId = faculty };

    public static NetworkRule ForInstitute(string name, Guid institute) => Institution(name) with { InstituteId = institute };

    public static EnrolmentCandidate Candidate(PersonFacts person, AlumniDefinition? definition = null) =>
        EnrolmentCandidate.Assess(person, definition ?? Facts.Usn);

    public static NetworkEligibilityResult Evaluate(PersonFacts person, NetworkRule rule, AlumniDefinition? definition = null, DateTime? asOf = null) =>
        NetworkEligibility.Evaluate(person, AlumniStatusRules.Decide(person, definition ?? Facts.Usn), rule, asOf ?? AsOf);

    public static Guid Id(string name)
    {
        using var md5 = System.Security.Cryptography.MD5.Create();
        return new Guid(md5.ComputeHash(System.Text.Encoding.UTF8.GetBytes("n:" + name)));
    }
}
