namespace AlumniCrm.DataImport.Mapping;

/// <summary>The canonical fields with their FS names and the column-name variants seen in exports.</summary>
public static class FieldCatalogue
{
    public static IReadOnlyList<FieldDefinition> All { get; } =
    [
        new(CanonicalField.StudentNumber, "studentnr", IsRequired: true, IsPersonal: true,
            ["studentnr", "studentnummer", "studnr", "studentnumber", "studentno", "studentid"]),
        new(CanonicalField.PersonNumber, "personlopenr", IsRequired: false, IsPersonal: true,
            ["personlopenr", "personlopenummer", "lopenr", "personserialnumber", "fspersonid", "personid"]),
        new(CanonicalField.FirstName, "fornavn", IsRequired: true, IsPersonal: true,
            ["fornavn", "firstname", "givenname", "forename"]),
        new(CanonicalField.LastName, "etternavn", IsRequired: true, IsPersonal: true,
            ["etternavn", "lastname", "surname", "familyname"]),
        new(CanonicalField.BirthDate, "fodselsdato", IsRequired: false, IsPersonal: true,
            ["fodselsdato", "fodt", "birthdate", "dateofbirth", "dob"]),
        new(CanonicalField.Gender, "kjonn", IsRequired: false, IsPersonal: true,
            ["kjonn", "kjonnkode", "gender", "sex"]),
        new(CanonicalField.PrivateEmail, "emailadresse_privat", IsRequired: false, IsPersonal: true,
            ["emailadresseprivat", "epostprivat", "privateemail", "epost", "epostadresse", "email", "emailadresse", "emailaddress", "mail"]),
        new(CanonicalField.MobilePhone, "mobiltlf", IsRequired: false, IsPersonal: true,
            ["mobiltlf", "mobiltelefon", "mobilnr", "mobil", "mobile", "mobilephone", "mobilenumber", "telefonmobil", "phone", "telefon", "tlf"]),
        new(CanonicalField.ProgrammeCode, "studieprogramkode", IsRequired: true, IsPersonal: false,
            ["studieprogramkode", "studieprogram", "programkode", "programmecode", "programcode", "studyprogrammecode", "programme", "program"]),
        new(CanonicalField.ProgrammeName, "studieprognavn", IsRequired: false, IsPersonal: false,
            ["studieprognavn", "studieprogramnavn", "programnavn", "programmename", "programname", "studyprogrammename"]),
        new(CanonicalField.StudyLevelCode, "studienivakode", IsRequired: false, IsPersonal: false,
            ["studienivakode", "studieniva", "nivakode", "studylevelcode", "studylevel", "level"]),
        new(CanonicalField.FacultyCode, "faknr", IsRequired: false, IsPersonal: false,
            ["faknr", "fakultetnr", "fakultetsnr", "fakultetskode", "fakultet", "facultycode", "facultynumber", "faculty"]),
        new(CanonicalField.FacultyName, "faknavn", IsRequired: false, IsPersonal: false,
            ["faknavn", "fakultetsnavn", "fakultetnavn", "facultyname"]),
        new(CanonicalField.InstituteCode, "instituttnr", IsRequired: false, IsPersonal: false,
            ["instituttnr", "instituttkode", "institutt", "institutecode", "institutenumber", "institute", "department"]),
        new(CanonicalField.InstituteName, "instituttnavn", IsRequired: false, IsPersonal: false,
            ["instituttnavn", "institutename", "departmentname"]),
        new(CanonicalField.AwardedOn, "dato_vitnemal", IsRequired: false, IsPersonal: true,
            ["datovitnemal", "datooppnaelse", "vitnemalsdato", "oppnaddato", "awardedon", "awarddate", "graduationdate", "dategraduated", "completiondate"]),
        new(CanonicalField.Credits, "studiepoeng", IsRequired: false, IsPersonal: false,
            ["studiepoeng", "sp", "credits", "ects", "studypoints"]),
        new(CanonicalField.StatusCode, "studentstatkode", IsRequired: false, IsPersonal: false,
            ["studentstatkode", "studentstatus", "statuskode", "status"]),
        new(CanonicalField.Deceased, "status_dod", IsRequired: false, IsPersonal: true,
            ["statusdod", "dod", "doed", "deceased", "isdeceased"]),
        new(CanonicalField.TermCode, "terminkode", IsRequired: false, IsPersonal: false,
            ["terminkode", "termin", "semester", "termcode", "term"]),
        new(CanonicalField.Year, "arstall", IsRequired: false, IsPersonal: false,
            ["arstall", "aar", "ar", "year"]),
        new(CanonicalField.ConsentDate, ConsentVocabulary.DateFsName, IsRequired: false, IsPersonal: true, ConsentVocabulary.DateAliases),
        new(CanonicalField.ConsentVersion, ConsentVocabulary.VersionFsName, IsRequired: false, IsPersonal: false, ConsentVocabulary.VersionAliases),
        // A person's answer is personal data: reports show its shape only.
        .. ConsentAnswerFields.All.Select(answer => new FieldDefinition(answer.Field, ConsentVocabulary.FsNameOf(answer.Purpose, answer.Channel),
            IsRequired: false, IsPersonal: true, ConsentVocabulary.AliasesOf(answer.Purpose, answer.Channel))),
    ];

    public static int Count => All.Count;

    public static FieldDefinition Get(CanonicalField field) => All[(int)field];

    /// <summary>Finds a field by its enum name ("studentNumber", any case) or by any of its aliases ("studentnr").</summary>
    public static FieldDefinition? FindByNameOrAlias(string name)
    {
        if (Enum.TryParse<CanonicalField>(name, ignoreCase: true, out var field) && Enum.IsDefined(field))
        {
            return Get(field);
        }

        var normalized = HeaderNameNormalizer.Normalize(name);
        return All.FirstOrDefault(definition => definition.Aliases.Contains(normalized));
    }
}
