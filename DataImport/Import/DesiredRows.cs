using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.WebApi;

namespace AlumniCrm.DataImport.Import;

/// <summary>Builds the rows the file wants from import units. Only values the file has are written.</summary>
public static class DesiredRows
{
    /// <summary>alm_recordsource "FS import".</summary>
    public const int FsImportSource = 842100000;
    private const int GenderMale = 1;
    private const int GenderFemale = 2;

    /// <summary>Faculties, institutes and programmes of the units, one row per code, in that (upsert) order.</summary>
    public static IReadOnlyList<DesiredRow> ReferenceData(IReadOnlyList<ImportUnit> units)
    {
        var faculties = new Dictionary<string, DesiredRow>(StringComparer.OrdinalIgnoreCase);
        var institutes = new Dictionary<string, DesiredRow>(StringComparer.OrdinalIgnoreCase);
        var programmes = new Dictionary<string, DesiredRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            if (unit.Faculty is { } faculty)
            {
                var row = Get(faculties, Tables.Faculty, faculty.Code, unit.RowNumber);
                SetName(row, faculty.Name, faculty.Code);
            }

            if (unit.Institute is { } institute)
            {
                var row = Get(institutes, Tables.Institute, institute.Code, unit.RowNumber);
                SetName(row, institute.Name, institute.Code);
                if (institute.FacultyCode is { } facultyCode) SetLookup(row, "alm_facultyid", Tables.Faculty, facultyCode);
            }

            var programme = unit.Programme;
            var programmeRow = Get(programmes, Tables.Programme, programme.Code, unit.RowNumber);
            SetName(programmeRow, programme.Name, programme.Code);
            if (programme.StudyLevelCode is { } level) programmeRow.Columns["alm_fsstudylevelcode"] = level;
            if (programme.DegreeLevel is { } degree) programmeRow.Columns["alm_degreelevel"] = (int)degree;
            if (programme.FacultyCode is { } programmeFaculty) SetLookup(programmeRow, "alm_facultyid", Tables.Faculty, programmeFaculty);
            if (programme.InstituteCode is { } programmeInstitute) SetLookup(programmeRow, "alm_instituteid", Tables.Institute, programmeInstitute);
        }

        return [.. faculties.Values, .. institutes.Values, .. programmes.Values];
    }

    /// <summary>The contact of a person; several rows of one person share it (the last row's values win).</summary>
    public static DesiredRow Contact(PersonUnit person, IReadOnlyList<int> fileRows)
    {
        var row = new DesiredRow(Tables.Contact, person.StudentNumber, fileRows);
        row.Columns["firstname"] = person.FirstName;
        row.Columns["lastname"] = person.LastName;
        if (person.PersonNumber is { } personNumber) row.Columns["alm_fspersonnumber"] = personNumber;
        if (person.BirthDate is { } birthDate) row.Columns["birthdate"] = ODataText.Date(birthDate);
        if (person.Gender is { } gender) row.Columns["gendercode"] = gender == Gender.Male ? GenderMale : GenderFemale;
        if (person.PrivateEmail is { } email) row.Columns["emailaddress1"] = email;
        if (person.MobilePhone is { } mobile) row.Columns["mobilephone"] = mobile;

        // Deceased is only ever set, never cleared by an export that lacks the flag; the consent rules (plugins) take it from there.
        if (person.IsDeceased) row.Columns["alm_isdeceased"] = true;
        row.OnCreateColumns["alm_registrationsource"] = FsImportSource;
        return row;
    }

    public static DesiredRow Qualification(ImportUnit unit, IReadOnlyList<int> fileRows)
    {
        var qualification = unit.Qualification;
        var row = new DesiredRow(Tables.Qualification, qualification.SourceKey, fileRows);
        row.Columns["alm_name"] = qualification.Term is { } term ? $"{qualification.ProgrammeCode} {term}" : qualification.ProgrammeCode;
        if (qualification.DegreeLevel is { } degree) row.Columns["alm_degreelevel"] = (int)degree;
        if (qualification.AwardedOn is { } awarded) row.Columns["alm_awardedon"] = ODataText.Date(awarded);
        if (qualification.Credits is { } credits) row.Columns["alm_credits"] = JsonValues.Number(credits);
        if (qualification.FsStatus is { } status) row.Columns["alm_fsstatus"] = status;
        row.Columns["alm_iscompleted"] = qualification.IsCompleted;
        if (qualification.Term is { } termText) row.Columns["alm_term"] = termText;
        row.Columns["alm_source"] = FsImportSource;
        SetLookup(row, "alm_contactid", Tables.Contact, unit.Person.StudentNumber);
        SetLookup(row, "alm_studyprogrammeid", Tables.Programme, qualification.ProgrammeCode);
        return row;
    }

    private static DesiredRow Get(Dictionary<string, DesiredRow> rows, Tables table, string code, int fileRow)
    {
        if (!rows.TryGetValue(code, out var row))
        {
            row = new DesiredRow(table, code, [fileRow]);
            rows[code] = row;
        }

        return row;
    }

    private static void SetName(DesiredRow row, string? name, string code)
    {
        // Never overwrite a name with nothing: the code stands in only when no row of the file names it.
        if (name is not null) row.Columns["alm_name"] = name;
        else if (!row.Columns.ContainsKey("alm_name")) row.OnCreateColumns["alm_name"] = code;
    }

    private static void SetLookup(DesiredRow row, string column, Tables target, string key)
    {
        row.Lookups.RemoveAll(l => l.Column == column);
        row.Lookups.Add(new LookupBinding(column, target, key));
    }
}
