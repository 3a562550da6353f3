namespace AlumniCrm.Tests.Infrastructure;

/// <summary>Option values of the global choices the tests arrange data with (docs/data-model.md).</summary>
public static class Choices
{
    public static class DegreeLevel
    {
        public const int Bachelor = 842100000;
        public const int Master = 842100001;
        public const int PhD = 842100002;
        public const int OneYearProgramme = 842100004;
        public const int ContinuingEducation = 842100005;
    }

    public static class AlumniStatus
    {
        public const int Student = 842100000;
        public const int Alumnus = 842100001;
        public const int FormerStudentWithoutQualifyingResult = 842100002;
        public const int NotEligible = 842100003;
    }

    public static class NetworkLevel
    {
        public const int Institution = 842100000;
        public const int Faculty = 842100001;
        public const int Institute = 842100002;
        public const int StudyProgramme = 842100003;
    }

    public static class NetworkStatus
    {
        public const int Active = 842100000;
        public const int Planned = 842100001;
        public const int Closed = 842100003;
    }

    public static class MembershipStatus
    {
        public const int Active = 842100000;
        public const int Left = 842100001;
        public const int Suspended = 842100002;
    }

    public static class MembershipSource
    {
        public const int Automatic = 842100000;
        public const int SelfRegistered = 842100001;
        public const int Staff = 842100002;
    }

    public static class LeaveReason
    {
        public const int OwnChoice = 842100000;
    }

    public static class BackfillStatus
    {
        public const int NotNeeded = 842100000;
        public const int Pending = 842100001;
        public const int Running = 842100002;
        public const int Completed = 842100003;
        public const int Failed = 842100004;
    }
}
