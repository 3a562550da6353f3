namespace AlumniCrm.DataImport.Mapping;

/// <summary>The fields of a graduate row the importer understands, whatever the source columns are called.</summary>
public enum CanonicalField
{
    StudentNumber,
    PersonNumber,
    FirstName,
    LastName,
    BirthDate,
    Gender,
    PrivateEmail,
    MobilePhone,
    ProgrammeCode,
    ProgrammeName,
    StudyLevelCode,
    FacultyCode,
    FacultyName,
    InstituteCode,
    InstituteName,
    AwardedOn,
    Credits,
    StatusCode,
    Deceased,
    TermCode,
    Year,
}
