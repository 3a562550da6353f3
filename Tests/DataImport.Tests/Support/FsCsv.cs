using System.Text;
using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Validation;

namespace AlumniCrm.DataImport.Tests.Support;

/// <summary>Small FS exports for tests, and a one-call validation of them.</summary>
public static class FsCsv
{
    public static readonly DateOnly Today = new(2025, 7, 1);

    public const string Header = "studentnr;personlopenr;fornavn;etternavn;fodselsdato;kjonn;emailadresse_privat;mobiltlf;studieprogramkode;studieprognavn;studienivakode;faknr;instituttnr;dato_vitnemal;studiepoeng;studentstatkode;status_dod;terminkode;arstall";

    /// <summary>A valid row; override columns by FS name.</summary>
    public static string Row(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["studentnr"] = "123456",
            ["personlopenr"] = "7654321",
            ["fornavn"] = "Åse",
            ["etternavn"] = "Ødegård",
            ["fodselsdato"] = "15.03.1995",
            ["kjonn"] = "K",
            ["emailadresse_privat"] = "ase.odegard@example.no",
            ["mobiltlf"] = "91234567",
            ["studieprogramkode"] = "BØK",
            ["studieprognavn"] = "Bachelor i økonomi og administrasjon",
            ["studienivakode"] = "B3",
            ["faknr"] = "220",
            ["instituttnr"] = "20",
            ["dato_vitnemal"] = "20.06.2018",
            ["studiepoeng"] = "180",
            ["studentstatkode"] = "FULLFØRT",
            ["status_dod"] = "N",
            ["terminkode"] = "VÅR",
            ["arstall"] = "2018",
        };
        foreach (var (column, value) in overrides)
        {
            values[column] = value;
        }

        return string.Join(';', Header.Split(';').Select(column => values[column]));
    }

    public static string File(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    public sealed record Outcome(CollectingSink Sink, List<GraduateRecord> Records, ValidationSummary Summary, GraduateFileReader Reader);

    public static Outcome Validate(string content, Encoding? encoding = null, MappingFile? mapping = null, int? maxErrors = null)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("export.csv", content, encoding);
        return ValidatePath(path, mapping, maxErrors);
    }

    public static Outcome ValidatePath(string path, MappingFile? mapping = null, int? maxErrors = null)
    {
        var sink = new CollectingSink();
        var records = new List<GraduateRecord>();
        using var reader = GraduateFileReader.Open(path, mapping);
        var summary = new GraduateFileValidator(new ValidationSettings(Today, maxErrors)).Validate(reader, [sink], records.Add);
        return new Outcome(sink, records, summary, reader);
    }

    /// <summary>The errors of a file with one row built from <paramref name="overrides"/>.</summary>
    public static List<ValidationIssue> ErrorsOf(params (string Column, string Value)[] overrides) =>
        Validate(File(Row(overrides))).Sink.Errors.ToList();
}
