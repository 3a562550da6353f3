using System.Globalization;

namespace AlumniCrm.DataImport.Sample;

/// <summary>
/// Writes a realistic synthetic FS graduate export: Norwegian names, the sample programmes, dates in
/// both FS formats, mostly FULLFØRT, some students with two programmes, and exactly
/// round(rows × bad share) rows that fail validation. The same settings give the same file.
/// </summary>
public sealed class SampleGenerator(SampleSettings settings)
{
    public const char Delimiter = ';';

    // How many recent single-programme students a conflicting duplicate may copy (keeps memory flat).
    private const int DuplicateCandidatePool = 1000;
    private const double SecondProgrammeShare = 0.06;
    private const double IdenticalDuplicateShare = 0.004;

    private static readonly string[] EmailDomains = ["gmail.com", "hotmail.com", "online.no", "outlook.com", "icloud.com"];
    private static readonly SampleDefect[] RowDefects = Enum.GetValues<SampleDefect>().Where(defect => defect != SampleDefect.ConflictingDuplicate).ToArray();

    private readonly Random random = new(settings.Seed);
    private readonly List<SyntheticStudent> duplicateCandidates = [];
    private readonly Dictionary<int, SampleDefect> badRows = [];
    private readonly List<int> identicalDuplicateRows = [];
    private readonly List<string> nationalIdentityNumbers = [];
    private int nextStudentNumber;
    private int nextPersonNumber;
    private int rowNumber;

    public static IReadOnlyList<string> Header(bool includeNationalIdentityNumbers, bool includeConsentAnswers = false) =>
    [
        "studentnr", "personlopenr", "fornavn", "etternavn", "fodselsdato", .. (includeNationalIdentityNumbers ? ["fodselsnummer"] : Array.Empty<string>()),
        "kjonn", "emailadresse_privat", "mobiltlf", "studieprogramkode", "studieprognavn", "studienivakode", "faknr", "faknavn",
        "instituttnr", "instituttnavn", "dato_vitnemal", "studiepoeng", "studentstatkode", "status_dod", "terminkode", "arstall",
        .. (includeConsentAnswers ? SampleConsentAnswers.Columns : Array.Empty<string>()),
    ];

    public SampleManifest Write(TextWriter writer)
    {
        if (settings.Rows < 0 || settings.BadShare is < 0 or > 1)
        {
            throw new InvalidOperationException("The sample settings are invalid: rows must be 0 or more and the bad share between 0 and 1.");
        }

        nextStudentNumber = 100_000 + random.Next(0, 50_000);
        nextPersonNumber = 2_000_000 + random.Next(0, 500_000);
        writer.WriteLine(string.Join(Delimiter, Header(settings.IncludeNationalIdentityNumbers, settings.IncludeConsentAnswers)));

        var badTarget = (int)Math.Round(settings.Rows * settings.BadShare, MidpointRounding.AwayFromZero);
        var badWritten = 0;
        while (rowNumber < settings.Rows)
        {
            var rowsLeft = settings.Rows - rowNumber;
            var badLeft = badTarget - badWritten;
            // Selection sampling: a row is bad with probability badLeft / rowsLeft, so exactly badTarget rows end up bad.
            if (badLeft > 0 && random.NextDouble() < (double)badLeft / rowsLeft)
            {
                badWritten += WriteBadRow(writer, badLeft);
                continue;
            }

            var student = NewStudent();
            var canWriteTwo = rowsLeft - 2 >= badLeft;
            var draw = random.NextDouble();
            if (canWriteTwo && draw < SecondProgrammeShare)
            {
                var second = SampleProgrammes.All[random.Next(SampleProgrammes.All.Count)];
                WriteRow(writer, student, student.Programme, defect: null);
                if (second != student.Programme)
                {
                    WriteRow(writer, student, second, defect: null);
                }
            }
            else if (canWriteTwo && draw < SecondProgrammeShare + IdenticalDuplicateShare)
            {
                var text = FormatRow(student, student.Programme, defect: null);
                writer.WriteLine(text);
                writer.WriteLine(text);
                rowNumber += 2;
                identicalDuplicateRows.Add(rowNumber);
            }
            else
            {
                WriteRow(writer, student, student.Programme, defect: null);
                RememberForDuplicates(student);
            }
        }

        writer.Flush();
        return new SampleManifest(settings.Rows, badRows, identicalDuplicateRows, nationalIdentityNumbers);
    }

    /// <summary>Writes one bad row; returns how many rows became bad (2 for a conflicting duplicate).</summary>
    private int WriteBadRow(TextWriter writer, int badLeft)
    {
        if (badLeft >= 2 && duplicateCandidates.Count > 0 && random.Next(RowDefects.Length + 1) == 0)
        {
            var index = random.Next(duplicateCandidates.Count);
            var original = duplicateCandidates[index];
            duplicateCandidates.RemoveAt(index);
            var impostor = NewStudent() with { StudentNumber = original.StudentNumber, PersonNumber = original.PersonNumber, FirstName = original.FirstName };
            if (impostor.LastName == original.LastName)
            {
                impostor = impostor with { LastName = impostor.LastName + "-Berg" };
            }

            WriteRow(writer, impostor, impostor.Programme, SampleDefect.ConflictingDuplicate);
            badRows[original.RowNumber] = SampleDefect.ConflictingDuplicate;
            return 2;
        }

        var defect = RowDefects[random.Next(RowDefects.Length)];
        WriteRow(writer, NewStudent(), null, defect);
        return 1;
    }

    private void WriteRow(TextWriter writer, SyntheticStudent student, SampleProgramme? programme, SampleDefect? defect)
    {
        writer.WriteLine(FormatRow(student, programme ?? student.Programme, defect));
        rowNumber++;
        student.RowNumber = rowNumber;
        if (defect is { } planted)
        {
            badRows[rowNumber] = planted;
        }
    }

    private void RememberForDuplicates(SyntheticStudent student)
    {
        if (duplicateCandidates.Count == DuplicateCandidatePool)
        {
            duplicateCandidates.RemoveAt(random.Next(DuplicateCandidatePool));
        }

        duplicateCandidates.Add(student);
    }

    private SyntheticStudent NewStudent()
    {
        nextStudentNumber += random.Next(1, 6);
        nextPersonNumber += random.Next(1, 9);
        var firstName = NorwegianNames.FirstNames[random.Next(NorwegianNames.FirstNames.Count)];
        var lastName = NorwegianNames.LastNames[random.Next(NorwegianNames.LastNames.Count)];
        var programme = SampleProgrammes.All[random.Next(SampleProgrammes.All.Count)];
        var birthDate = new DateOnly(1955, 1, 1).AddDays(random.Next(0, 365 * 47));
        var completed = random.NextDouble() < 0.92;
        var graduationYear = Math.Min(birthDate.Year + 21 + random.Next(0, 20), SampleSettings.ExportDate.Year - (random.Next(2) == 0 ? 1 : 0));
        var spring = random.Next(2) == 0;
        var awardedOn = new DateOnly(graduationYear, spring ? 6 : 12, 10 + random.Next(0, 15));
        if (awardedOn > SampleSettings.ExportDate)
        {
            awardedOn = SampleSettings.ExportDate;
        }

        // Drawn in this order (the order of the fields before consent existed), so a seed keeps its file.
        var isFemale = random.Next(2) == 0;
        var email = random.NextDouble() < 0.85 ? EmailFor(firstName, lastName) : string.Empty;
        var mobile = random.NextDouble() < 0.8 ? PhoneNumber() : string.Empty;
        var status = completed ? "FULLFØRT" : new[] { "AKTIV", "SLUTTET", "PERMISJON" }[random.Next(3)];
        var isDeceased = random.NextDouble() < 0.003;
        var nationalIdentityNumber = settings.IncludeNationalIdentityNumbers ? SyntheticNationalIdentityNumber.Create(birthDate, random) : null;
        // Drawn last and only when asked, so the default sample stays byte for byte what it was.
        var consent = settings.IncludeConsentAnswers
            ? SampleConsentAnswers.Draw(random, mobile.Length > 0, awardedOn.Year, SampleSettings.ExportDate, FormatDate)
            : null;
        return new SyntheticStudent
        {
            StudentNumber = nextStudentNumber.ToString(CultureInfo.InvariantCulture),
            PersonNumber = nextPersonNumber.ToString(CultureInfo.InvariantCulture),
            FirstName = firstName,
            LastName = lastName,
            BirthDate = birthDate,
            IsFemale = isFemale,
            Email = email,
            Mobile = mobile,
            Programme = programme,
            Status = status,
            AwardedOn = completed ? awardedOn : null,
            Year = awardedOn.Year,
            Term = awardedOn.Month <= 6 ? "VÅR" : "HØST",
            IsDeceased = isDeceased,
            NationalIdentityNumber = nationalIdentityNumber,
            Consent = consent,
        };
    }

    private string FormatRow(SyntheticStudent student, SampleProgramme programme, SampleDefect? defect)
    {
        var birthDate = defect == SampleDefect.ImpossibleBirthDate ? ImpossibleDate(student.BirthDate.Year) : FormatDate(student.BirthDate);
        var awardedOn = defect == SampleDefect.MalformedAwardDate
            ? $"{student.Year}/06/15"
            : student.AwardedOn is { } date ? FormatDate(date) : string.Empty;
        var email = defect == SampleDefect.InvalidEmail ? EmailFor(student.FirstName, student.LastName).Replace('@', '.') : student.Email;
        var mobile = defect == SampleDefect.InvalidPhone ? "12345" : student.Mobile;
        var creditsText = defect == SampleDefect.InvalidCredits
            ? "18O"
            : FormatCredits(student.AwardedOn is null ? random.Next(0, 12) * 7.5m : programme.Credits);
        if (student.NationalIdentityNumber is { } nationalIdentityNumber)
        {
            nationalIdentityNumbers.Add(nationalIdentityNumber);
        }

        string[] values =
        [
            student.StudentNumber,
            student.PersonNumber,
            student.FirstName,
            defect == SampleDefect.MissingLastName ? string.Empty : student.LastName,
            birthDate,
            .. (settings.IncludeNationalIdentityNumbers ? [student.NationalIdentityNumber ?? string.Empty] : Array.Empty<string>()),
            student.IsFemale ? "K" : "M",
            email,
            mobile,
            defect == SampleDefect.MissingProgrammeCode ? string.Empty : programme.Code,
            programme.Name,
            programme.StudyLevelCode,
            programme.FacultyCode,
            programme.FacultyName,
            programme.InstituteCode,
            programme.InstituteName,
            awardedOn,
            creditsText,
            student.Status,
            student.IsDeceased ? "J" : "N",
            student.Term,
            student.Year.ToString(CultureInfo.InvariantCulture),
            .. (settings.IncludeConsentAnswers ? student.Consent?.Values ?? SampleConsentAnswers.EmptyValues : Array.Empty<string>()),
        ];
        return string.Join(Delimiter, values.Select(Quote));
    }

    /// <summary>FS writes both dd.MM.yyyy and DDMMYYYY; a file may mix them.</summary>
    private string FormatDate(DateOnly date) =>
        date.ToString(random.NextDouble() < 0.7 ? "dd.MM.yyyy" : "ddMMyyyy", CultureInfo.InvariantCulture);

    private string ImpossibleDate(int year) => random.Next(3) switch
    {
        0 => $"30.02.{year}",
        1 => $"3104{year}",
        _ => $"00.13.{year}",
    };

    private string FormatCredits(decimal credits) =>
        credits == decimal.Truncate(credits) && random.Next(2) == 0
            ? ((int)credits).ToString(CultureInfo.InvariantCulture)
            : credits.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', random.Next(2) == 0 ? ',' : '.');

    private string EmailFor(string firstName, string lastName)
    {
        var local = $"{AsciiFold(firstName)}.{AsciiFold(lastName)}";
        if (random.Next(3) == 0)
        {
            local += random.Next(1, 99).ToString(CultureInfo.InvariantCulture);
        }

        return $"{local}@{EmailDomains[random.Next(EmailDomains.Length)]}";
    }

    private string PhoneNumber()
    {
        var number = (random.Next(2) == 0 ? 9 : 4) * 10_000_000 + random.Next(0, 10_000_000);
        var digits = number.ToString(CultureInfo.InvariantCulture);
        return random.Next(10) switch
        {
            < 5 => digits,
            < 7 => $"+47 {digits[..3]} {digits[3..5]} {digits[5..]}",
            < 8 => $"0047{digits}",
            < 9 => $"{digits[..3]} {digits[3..5]} {digits[5..]}",
            _ => $"+46 70 {random.Next(100, 999)} {random.Next(10, 99)} {random.Next(10, 99)}",
        };
    }

    private static string AsciiFold(string name) =>
        name.ToLowerInvariant().Replace("æ", "ae").Replace("ø", "o").Replace("å", "a").Replace(" ", string.Empty);

    private static string Quote(string value) =>
        value.Contains(Delimiter) || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
