using AlumniCrm.Contract;

namespace AlumniCrm.Tests.Infrastructure;

/// <summary>Option values of the global choices the tests arrange data with, from the schema contract.</summary>
public static class Choices
{
    public static class DegreeLevel
    {
        public const int Bachelor = OptionSets.alm_degreelevel.Bachelor;
        public const int Master = OptionSets.alm_degreelevel.Master;
        public const int PhD = OptionSets.alm_degreelevel.PhD;
        public const int OneYearProgramme = OptionSets.alm_degreelevel.OneYearProgramme;
        public const int ContinuingEducation = OptionSets.alm_degreelevel.ContinuingEducationEVU;
    }

    public static class AlumniStatus
    {
        public const int Student = OptionSets.alm_alumnistatus.Student;
        public const int Alumnus = OptionSets.alm_alumnistatus.Alumnus;
        public const int FormerStudentWithoutQualifyingResult = OptionSets.alm_alumnistatus.FormerStudentWithoutQualifyingResult;
        public const int NotEligible = OptionSets.alm_alumnistatus.NotEligible;
    }

    public static class NetworkLevel
    {
        public const int Institution = OptionSets.alm_networklevel.Institution;
        public const int Faculty = OptionSets.alm_networklevel.Faculty;
        public const int Institute = OptionSets.alm_networklevel.Institute;
        public const int StudyProgramme = OptionSets.alm_networklevel.StudyProgramme;
    }

    public static class NetworkStatus
    {
        public const int Active = OptionSets.alm_networkstatus.Active;
        public const int Planned = OptionSets.alm_networkstatus.Planned;
        public const int Closed = OptionSets.alm_networkstatus.Closed;
    }

    public static class MembershipStatus
    {
        public const int Active = OptionSets.alm_membershipstatus.Active;
        public const int Left = OptionSets.alm_membershipstatus.Left;
        public const int Suspended = OptionSets.alm_membershipstatus.Suspended;
    }

    public static class MembershipSource
    {
        public const int Automatic = OptionSets.alm_membershipsource.Automatic;
        public const int SelfRegistered = OptionSets.alm_membershipsource.SelfRegistered;
        public const int Staff = OptionSets.alm_membershipsource.Staff;
    }

    public static class LeaveReason
    {
        public const int OwnChoice = OptionSets.alm_leavereason.MemberSOwnChoice;
    }

    public static class BackfillStatus
    {
        public const int NotNeeded = OptionSets.alm_backfillstatus.NotNeeded;
        public const int Pending = OptionSets.alm_backfillstatus.Pending;
        public const int Running = OptionSets.alm_backfillstatus.Running;
        public const int Completed = OptionSets.alm_backfillstatus.Completed;
        public const int Failed = OptionSets.alm_backfillstatus.Failed;
    }
}
