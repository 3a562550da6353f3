using AlumniCrm.Domain.Alumni;

namespace AlumniCrm.DataImport.Model;

/// <summary>Turns a validated <see cref="GraduateRecord"/> into the <see cref="ImportUnit"/> the online verbs write.</summary>
public static class ImportUnitFactory
{
    public static ImportUnit Create(GraduateRecord record)
    {
        var degreeLevel = record.StudyLevelCode is null ? null : FsStudyLevel.Map(record.StudyLevelCode).Level;
        var faculty = record.FacultyCode is null ? null : new FacultyUnit(record.FacultyCode, record.FacultyName);
        var instituteKey = record.InstituteCode is null ? null : InstituteUnit.KeyOf(record.FacultyCode, record.InstituteCode);
        var institute = instituteKey is null ? null : new InstituteUnit(instituteKey, record.InstituteName, record.FacultyCode);

        return new ImportUnit(
            record.RowNumber,
            new PersonUnit(
                record.StudentNumber,
                record.PersonNumber,
                record.FirstName,
                record.LastName,
                record.BirthDate,
                record.Gender,
                record.PrivateEmail,
                record.MobilePhone,
                record.IsDeceased),
            faculty,
            institute,
            new ProgrammeUnit(record.ProgrammeCode, record.ProgrammeName, record.StudyLevelCode, degreeLevel, record.FacultyCode, instituteKey),
            new QualificationUnit(
                QualificationUnit.SourceKeyOf(record.StudentNumber, record.ProgrammeCode),
                record.ProgrammeCode,
                degreeLevel,
                record.AwardedOn,
                record.Credits,
                record.StatusCode,
                record.IsCompleted,
                record.Term?.ToString()))
        {
            Consent = record.ConsentAnswers.Count == 0 || record.ConsentVersion is null
                ? null
                : new ConsentUnit(record.ConsentAnswers, record.ConsentDate, record.ConsentVersion),
        };
    }
}
