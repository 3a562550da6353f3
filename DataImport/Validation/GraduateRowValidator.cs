using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation.Rules;

namespace AlumniCrm.DataImport.Validation;

/// <summary>
/// Checks one row on its own (duplicates across rows are <see cref="DuplicateDetector"/>'s job) and
/// builds the typed record when it has no errors. Messages never contain values.
/// </summary>
public sealed class GraduateRowValidator
{
    private const int MaxIdentifierLength = 20;
    private const int NationalIdentityNumberDigits = 11;
    private const int EarliestYear = 1900;

    private readonly ColumnMapping mapping;
    private readonly DateOnly today;
    private readonly RowIssueCollector collect;
    private readonly ConsentAnswerValidator consent;

    // FsStudyLevel.Map builds an explanation per call; a file has a handful of codes, so remember the answer.
    private readonly Dictionary<string, bool> studyLevelIsKnown = new(StringComparer.Ordinal);

    public GraduateRowValidator(ColumnMapping mapping, DateOnly today, List<ValidationIssue> issues)
    {
        this.mapping = mapping;
        this.today = today;
        collect = new RowIssueCollector(mapping, issues);
        consent = new ConsentAnswerValidator(mapping, collect);
    }

    /// <summary>Validates <paramref name="row"/>, adding its issues to the list given to the constructor.</summary>
    /// <returns>The record, or null when the row has an error.</returns>
    public GraduateRecord? Validate(SourceRow row)
    {
        collect.StartRow(row);
        if (row.MalformedReason is not null)
        {
            collect.RowError("row.malformed", $"The row has {row.MalformedReason}; its values may be shifted.");
        }

        if (row.FieldCount != mapping.Headers.Count)
        {
            collect.RowError("row.field-count", $"The row has {row.FieldCount} values but the header has {mapping.Headers.Count} columns.");
        }

        foreach (var definition in FieldCatalogue.All)
        {
            if (row.HasInvalidText(definition.Field))
            {
                collect.Error(definition.Field, "text.invalid-encoding",
                    "Not valid UTF-8, although the start of the file is: the file mixes encodings. Save it again as UTF-8.");
            }
        }

        var studentNumber = Identifier(row, CanonicalField.StudentNumber);
        var personNumber = Identifier(row, CanonicalField.PersonNumber);
        var firstName = Name(row, CanonicalField.FirstName);
        var lastName = Name(row, CanonicalField.LastName);
        var birthDate = Date(row, CanonicalField.BirthDate);
        var gender = ParseGender(row);
        var email = Email(row);
        var mobile = Mobile(row);
        var programmeCode = Code(row, CanonicalField.ProgrammeCode, '-', 30, "an FS programme code: upper-case letters, digits and hyphens (e.g. ÅRSV-GOV)");
        var programmeName = Text(row, CanonicalField.ProgrammeName, 200);
        var studyLevel = Code(row, CanonicalField.StudyLevelCode, '\0', 10, "an FS study level code: upper-case letters and digits");
        var facultyCode = Code(row, CanonicalField.FacultyCode, '\0', MaxIdentifierLength, "an FS faculty number: digits or upper-case letters");
        var facultyName = Text(row, CanonicalField.FacultyName, 200);
        var instituteCode = Code(row, CanonicalField.InstituteCode, '.', MaxIdentifierLength, "an FS institute number: digits or upper-case letters");
        var instituteName = Text(row, CanonicalField.InstituteName, 200);
        var awardedOn = Date(row, CanonicalField.AwardedOn);
        var credits = ParseCredits(row);
        var status = Status(row);
        var deceased = Deceased(row);
        var term = Term(row);
        var consentAnswers = consent.Answers(row);
        var consentDate = Date(row, CanonicalField.ConsentDate);
        var consentVersion = consent.Version(row, hasAnswers: consentAnswers.Count > 0);
        if (consentAnswers.Count > 0 && string.IsNullOrEmpty(row[CanonicalField.ConsentDate]) && !row.HasInvalidText(CanonicalField.ConsentDate))
        {
            collect.Warning(CanonicalField.ConsentDate, "consent.date-missing",
                "Consent answers without the date they were given: they are recorded as given on the day of the import.");
        }

        if (studyLevel is not null && !IsKnownStudyLevel(studyLevel))
        {
            collect.Warning(CanonicalField.StudyLevelCode, "study-level.unknown",
                "The degree level of this FS study level code is not known; the programme's level must be set by hand in CRM.");
        }

        if (instituteCode is not null && facultyCode is null && !instituteCode.Contains('.'))
        {
            collect.Error(CanonicalField.InstituteCode, "institute.without-faculty", "An institute number needs the faculty number (faknr) in the same row.");
        }

        if (birthDate is { } born && awardedOn is { } awarded && born >= awarded)
        {
            collect.Error(CanonicalField.BirthDate, "date.birth-after-award", "The birth date is not before the award date.");
        }

        var isCompleted = mapping.Has(CanonicalField.StatusCode) ? status == FsStudentStatus.Completed : awardedOn is not null;
        if (status == FsStudentStatus.Completed && mapping.Has(CanonicalField.AwardedOn) && string.IsNullOrEmpty(row[CanonicalField.AwardedOn]))
        {
            collect.Warning(CanonicalField.AwardedOn, "date.completed-without-award-date", "Completed (FULLFØRT) but no award date.");
        }

        if (collect.ErrorCount > 0 || studentNumber is null || firstName is null || lastName is null || programmeCode is null)
        {
            return null;
        }

        return new GraduateRecord
        {
            RowNumber = row.RowNumber,
            StudentNumber = studentNumber,
            PersonNumber = personNumber,
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate,
            Gender = gender,
            PrivateEmail = email,
            MobilePhone = mobile,
            ProgrammeCode = programmeCode,
            ProgrammeName = programmeName,
            StudyLevelCode = studyLevel,
            FacultyCode = facultyCode,
            FacultyName = facultyName,
            InstituteCode = instituteCode,
            InstituteName = instituteName,
            AwardedOn = awardedOn,
            Credits = credits,
            StatusCode = status,
            IsCompleted = isCompleted,
            IsDeceased = deceased,
            Term = term,
            ConsentAnswers = consentAnswers,
            ConsentDate = consentDate,
            ConsentVersion = consentVersion,
        };
    }

    private bool IsKnownStudyLevel(string code)
    {
        if (!studyLevelIsKnown.TryGetValue(code, out var known))
        {
            known = AlumniCrm.Domain.Alumni.FsStudyLevel.Map(code).IsKnown;
            studyLevelIsKnown[code] = known;
        }

        return known;
    }

    /// <summary>The value, or null (with an error when the field is required and the row has no value).</summary>
    private string? Present(SourceRow row, CanonicalField field)
    {
        var value = row[field];
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (FieldCatalogue.Get(field).IsRequired && !row.HasInvalidText(field))
        {
            collect.Error(field, "value.missing", "A value is required.");
        }

        return null;
    }

    private string? Identifier(SourceRow row, CanonicalField field)
    {
        var value = Present(row, field);
        if (value is null)
        {
            return null;
        }

        if (!value.AsSpan().ContainsAnyExceptInRange('0', '9') && value.Length == NationalIdentityNumberDigits)
        {
            collect.Error(field, "identifier.looks-like-national-identity-number",
                "11 digits: this looks like a national identity number, which must never be imported. Check the export.");
            return null;
        }

        if (value.Length > MaxIdentifierLength || value.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            collect.Error(field, "identifier.invalid", $"Expected digits only, at most {MaxIdentifierLength}.");
            return null;
        }

        return value;
    }

    private string? Name(SourceRow row, CanonicalField field)
    {
        var value = Present(row, field);
        if (value is null)
        {
            return null;
        }

        if (value.Length > PersonName.MaxLength)
        {
            collect.Error(field, "name.too-long", $"Longer than {PersonName.MaxLength} characters.");
            return null;
        }

        if (!PersonName.HasOnlyNameCharacters(value))
        {
            collect.Error(field, "name.invalid-characters", "A name may hold letters, spaces, hyphens, apostrophes and dots only.");
            return null;
        }

        return value;
    }

    private DateOnly? Date(SourceRow row, CanonicalField field)
    {
        var value = Present(row, field);
        if (value is null)
        {
            return null;
        }

        switch (FsDate.TryParse(value, out var date))
        {
            case DateParseResult.UnknownFormat:
                collect.Error(field, "date.format", "Expected a date as dd.MM.yyyy or DDMMYYYY.");
                return null;
            case DateParseResult.NoSuchDay:
                collect.Error(field, "date.impossible", "No such calendar day.");
                return null;
        }

        if (date.Year < EarliestYear || date > today)
        {
            collect.Error(field, "date.out-of-range", $"Must be between {EarliestYear} and today.");
            return null;
        }

        return date;
    }

    private Gender? ParseGender(SourceRow row)
    {
        var value = Present(row, CanonicalField.Gender);
        if (value is null)
        {
            return null;
        }

        if (OneOf(value, "M", "MANN", "MALE"))
        {
            return Gender.Male;
        }

        if (OneOf(value, "K", "F", "KVINNE", "FEMALE"))
        {
            return Gender.Female;
        }

        collect.Error(CanonicalField.Gender, "gender.unknown", "Expected M (mann) or K (kvinne).");
        return null;
    }

    private string? Email(SourceRow row)
    {
        var value = Present(row, CanonicalField.PrivateEmail);
        if (value is null)
        {
            return null;
        }

        if (!EmailAddress.TryNormalize(value, out var normalized))
        {
            collect.Error(CanonicalField.PrivateEmail, "email.invalid", $"Not a valid e-mail address (name@domain.tld, at most {EmailAddress.MaxLength} characters).");
            return null;
        }

        return normalized;
    }

    private string? Mobile(SourceRow row)
    {
        var value = Present(row, CanonicalField.MobilePhone);
        if (value is null)
        {
            return null;
        }

        if (!PhoneNumber.TryNormalize(value, out var e164))
        {
            collect.Error(CanonicalField.MobilePhone, "phone.invalid",
                "Expected a Norwegian number (8 digits, optionally +47 or 0047) or an international one with + or 00 and the country code.");
            return null;
        }

        return e164;
    }

    private string? Code(SourceRow row, CanonicalField field, char partSeparator, int maxLength, string expected)
    {
        var value = Present(row, field);
        if (value is null)
        {
            return null;
        }

        if (FsCode.IsUpperCaseCode(value, partSeparator, maxLength))
        {
            return value;
        }

        var isLowerCaseVariant = FsCode.IsUpperCaseCode(value.ToUpperInvariant(), partSeparator, maxLength);
        collect.Error(field, isLowerCaseVariant ? "code.not-upper-case" : "code.invalid",
            isLowerCaseVariant ? "FS codes are upper case; this one is not (is the column the right one?)." : $"Expected {expected}, at most {maxLength} characters.");
        return null;
    }

    private string? Text(SourceRow row, CanonicalField field, int maxLength)
    {
        var value = Present(row, field);
        if (value is not null && value.Length > maxLength)
        {
            collect.Error(field, "text.too-long", $"Longer than {maxLength} characters.");
            return null;
        }

        return value;
    }

    private decimal? ParseCredits(SourceRow row)
    {
        var value = Present(row, CanonicalField.Credits);
        if (value is null)
        {
            return null;
        }

        switch (Credits.TryParse(value, out var credits))
        {
            case CreditsParseResult.Valid:
                return credits;
            case CreditsParseResult.OutOfRange:
                collect.Error(CanonicalField.Credits, "credits.out-of-range", $"Credits must be between 0 and {Credits.Maximum}.");
                return null;
            case CreditsParseResult.TooManyDecimals:
                collect.Error(CanonicalField.Credits, "credits.too-many-decimals", "Credits have at most one decimal (7,5).");
                return null;
            default:
                collect.Error(CanonicalField.Credits, "credits.not-a-number", "Expected a number of credits such as 180 or 7,5.");
                return null;
        }
    }

    private string? Status(SourceRow row)
    {
        var value = Present(row, CanonicalField.StatusCode);
        if (value is null)
        {
            if (mapping.Has(CanonicalField.StatusCode) && !row.HasInvalidText(CanonicalField.StatusCode))
            {
                collect.Warning(CanonicalField.StatusCode, "status.missing", "No student status: the row is imported as not completed.");
            }

            return null;
        }

        // Fast path: most rows carry a known code exactly as FS writes it.
        var status = FsStudentStatus.Known.Contains(value) ? value : FsStudentStatus.Normalize(value);
        if (!FsCode.IsUpperCaseCode(status, '\0', 30) || status.AsSpan().ContainsAnyInRange('0', '9'))
        {
            collect.Error(CanonicalField.StatusCode, "status.invalid", "Expected an FS student status code such as FULLFØRT.");
            return null;
        }

        if (!FsStudentStatus.Known.Contains(status))
        {
            collect.Warning(CanonicalField.StatusCode, "status.unknown", "Not a known FS student status: the row is imported as not completed.");
        }

        return status;
    }

    private bool Deceased(SourceRow row)
    {
        var value = Present(row, CanonicalField.Deceased);
        if (value is null || OneOf(value, "N", "NEI", "NO", "0", "FALSE"))
        {
            return false;
        }

        if (OneOf(value, "J", "JA", "Y", "YES", "1", "TRUE", "DØD", "DOD"))
        {
            return true;
        }

        collect.Error(CanonicalField.Deceased, "deceased.invalid", "Expected J or N.");
        return false;
    }

    private AcademicTerm? Term(SourceRow row)
    {
        var termCode = Present(row, CanonicalField.TermCode);
        var yearText = Present(row, CanonicalField.Year);
        TermSeason? season = null;
        if (termCode is not null)
        {
            if (OneOf(termCode, AcademicTerm.SpringCode, "VAR", "V"))
            {
                season = TermSeason.Spring;
            }
            else if (OneOf(termCode, AcademicTerm.AutumnCode, "HOST", "H"))
            {
                season = TermSeason.Autumn;
            }
            else
            {
                collect.Error(CanonicalField.TermCode, "term.unknown", "Expected VÅR or HØST.");
            }
        }

        if (yearText is null)
        {
            if (termCode is not null)
            {
                collect.Error(CanonicalField.Year, "term.year-missing", "A term (terminkode) needs the year (arstall).");
            }

            return null;
        }

        if (yearText.Length != 4 || !int.TryParse(yearText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            || year < EarliestYear || year > today.Year + 1)
        {
            collect.Error(CanonicalField.Year, "term.year-invalid", $"Expected a four-digit year between {EarliestYear} and next year.");
            return null;
        }

        return new AcademicTerm(year, season);
    }

    private static bool OneOf(string value, params ReadOnlySpan<string> accepted)
    {
        foreach (var candidate in accepted)
        {
            if (string.Equals(value, candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
