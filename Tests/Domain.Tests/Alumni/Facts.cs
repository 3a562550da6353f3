using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.Domain.Tests.Alumni;

/// <summary>Short builders for facts and the institutions' definitions from the seeds.</summary>
internal static class Facts
{
    public static readonly Guid BusinessSchool = new("00000000-0000-0000-0000-0000000000f1");
    public static readonly Guid MediaFaculty = new("00000000-0000-0000-0000-0000000000f2");
    public static readonly Guid MediaInstitute = new("00000000-0000-0000-0000-0000000000e1");
    public static readonly Guid HistoryInstitute = new("00000000-0000-0000-0000-0000000000e2");

    public static Guid Programme(string code) => GuidFrom("p:" + code);

    public static QualificationFacts Qualification(string code, DegreeLevel? level, decimal credits,
        DateTime? awardedOn = null, bool completed = true, string? fsStatus = null, Guid? faculty = null, Guid? institute = null) =>
        new()
        {
            Id = GuidFrom("q:" + code + ":" + level + ":" + credits + ":" + awardedOn + ":" + completed + ":" + fsStatus),
            ProgrammeId = Programme(code),
            ProgrammeCode = code,
            FacultyId = faculty,
            InstituteId = institute,
            Level = level,
            AwardedOn = completed ? awardedOn ?? new DateTime(2020, 6, 15) : awardedOn,
            Credits = credits,
            FsStatus = fsStatus ?? (completed ? "FULLFØRT" : "AKTIV"),
            IsCompletedFlag = completed,
        };

    public static StudyRightFacts CurrentStudyRight(string code, DegreeLevel level, Guid? faculty = null, Guid? institute = null) =>
        new() { ProgrammeId = Programme(code), ProgrammeCode = code, Level = level, FacultyId = faculty, InstituteId = institute, IsActive = true };

    public static PersonFacts Person(params QualificationFacts[] qualifications) =>
        new() { PersonId = Guid.NewGuid(), Qualifications = qualifications };

    public static PersonFacts Student(StudyRightFacts right, DateTime? preregisteredOn = null, params QualificationFacts[] qualifications) =>
        new() { PersonId = Guid.NewGuid(), StudyRights = new[] { right }, PreregisteredOn = preregisteredOn, Qualifications = qualifications };

    /// <summary>NHH: one study credit is enough.</summary>
    public static AlumniDefinition Nhh => new() { Name = "NHH", MinimumCredits = 1 };

    /// <summary>Oslo Nye Høyskole: a completed bachelor or master degree.</summary>
    public static AlumniDefinition OsloNyeHoyskole => new()
    {
        Name = "Oslo Nye Høyskole",
        RequiresCompletedDegree = true,
        IncludedLevels = new[] { DegreeLevel.Bachelor, DegreeLevel.Master },
    };

    /// <summary>NTNU Handelshøyskolen / UiO IAKH: completed master only.</summary>
    public static AlumniDefinition MasterOnly => new()
    {
        Name = "Master only",
        RequiresCompletedDegree = true,
        IncludedLevels = new[] { DegreeLevel.Master },
    };

    /// <summary>USN: completed degrees, EVU included, exchange excluded.</summary>
    public static AlumniDefinition Usn => new()
    {
        Name = "USN",
        RequiresCompletedDegree = true,
        IncludeContinuingEducation = true,
        IncludeExchange = false,
    };

    /// <summary>X-IMK / BI / Aalto: completed degrees, current students may join early.</summary>
    public static AlumniDefinition RecruitEarly => new()
    {
        Name = "Recruit early",
        RequiresCompletedDegree = true,
        AllowStudentPreregistration = true,
    };

    private static Guid GuidFrom(string text)
    {
        using var md5 = System.Security.Cryptography.MD5.Create();
        return new Guid(md5.ComputeHash(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
