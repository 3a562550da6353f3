using AlumniCrm.DataImport.Model;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Validation;

public class RowValidationTests
{
    [Fact]
    public void A_valid_row_becomes_a_typed_normalised_record()
    {
        var outcome = FsCsv.Validate(FsCsv.File(FsCsv.Row(("mobiltlf", "+47 912 34 567"), ("studiepoeng", "182,5"), ("fodselsdato", "15031995"), ("emailadresse_privat", "Ase@Example.NO"))));

        Assert.Empty(outcome.Sink.Issues);
        var record = Assert.Single(outcome.Records);
        Assert.Equal("123456", record.StudentNumber);
        Assert.Equal("7654321", record.PersonNumber);
        Assert.Equal(new DateOnly(1995, 3, 15), record.BirthDate);
        Assert.Equal(Gender.Female, record.Gender);
        Assert.Equal("Ase@example.no", record.PrivateEmail);
        Assert.Equal("+4791234567", record.MobilePhone);
        Assert.Equal(182.5m, record.Credits);
        Assert.Equal(new DateOnly(2018, 6, 20), record.AwardedOn);
        Assert.True(record.IsCompleted);
        Assert.False(record.IsDeceased);
        Assert.Equal(new AcademicTerm(2018, TermSeason.Spring), record.Term);
    }

    [Theory]
    [InlineData("studentnr", "", "value.missing")]
    [InlineData("studentnr", "12A456", "identifier.invalid")]
    [InlineData("studentnr", "01019012345", "identifier.looks-like-national-identity-number")]
    [InlineData("personlopenr", "01019012345", "identifier.looks-like-national-identity-number")]
    [InlineData("fornavn", "", "value.missing")]
    [InlineData("etternavn", "", "value.missing")]
    [InlineData("etternavn", "Hansen2", "name.invalid-characters")]
    [InlineData("fodselsdato", "31.02.1995", "date.impossible")]
    [InlineData("fodselsdato", "1995/03/15", "date.format")]
    [InlineData("fodselsdato", "01.01.1850", "date.out-of-range")]
    [InlineData("fodselsdato", "21.06.2018", "date.birth-after-award")]
    [InlineData("dato_vitnemal", "01.01.2030", "date.out-of-range")]
    [InlineData("kjonn", "X", "gender.unknown")]
    [InlineData("emailadresse_privat", "ase.example.no", "email.invalid")]
    [InlineData("mobiltlf", "12345", "phone.invalid")]
    [InlineData("studieprogramkode", "", "value.missing")]
    [InlineData("studieprogramkode", "bøk", "code.not-upper-case")]
    [InlineData("studieprogramkode", "BØK/2", "code.invalid")]
    [InlineData("studiepoeng", "1000", "credits.out-of-range")]
    [InlineData("studiepoeng", "7,25", "credits.too-many-decimals")]
    [InlineData("studiepoeng", "mange", "credits.not-a-number")]
    [InlineData("studentstatkode", "FULL-FØRT", "status.invalid")]
    [InlineData("status_dod", "kanskje", "deceased.invalid")]
    [InlineData("terminkode", "SOMMER", "term.unknown")]
    [InlineData("arstall", "", "term.year-missing")]
    [InlineData("arstall", "18", "term.year-invalid")]
    [InlineData("studienivakode", "b3", "code.not-upper-case")]
    public void Each_rule_names_its_column_and_reason(string column, string value, string expectedCode)
    {
        var error = Assert.Single(FsCsv.ErrorsOf((column, value)));

        Assert.Equal(expectedCode, error.Code);
        Assert.Equal(column, error.Column);
        Assert.Equal(1, error.RowNumber);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void An_institute_needs_its_faculty()
    {
        var error = Assert.Single(FsCsv.ErrorsOf(("faknr", "")));

        Assert.Equal(("instituttnr", "institute.without-faculty"), (error.Column, error.Code));
    }

    [Theory]
    [InlineData("FULLFORT", "FULLFØRT", true)]
    [InlineData("fullført", "FULLFØRT", true)]
    [InlineData("AKTIV", "AKTIV", false)]
    public void Status_codes_are_normalised_and_only_fullfort_completes(string value, string expected, bool completed)
    {
        var record = Assert.Single(FsCsv.Validate(FsCsv.File(FsCsv.Row(("studentstatkode", value)))).Records);

        Assert.Equal((expected, completed), (record.StatusCode, record.IsCompleted));
    }

    [Theory]
    [InlineData("studentstatkode", "MYSTISK", "status.unknown")]
    [InlineData("studentstatkode", "", "status.missing")]
    [InlineData("dato_vitnemal", "", "date.completed-without-award-date")]
    [InlineData("studienivakode", "ZZ", "study-level.unknown")]
    public void Doubtful_values_are_warnings_and_the_row_stays_valid(string column, string value, string expectedCode)
    {
        var outcome = FsCsv.Validate(FsCsv.File(FsCsv.Row((column, value))));

        var warning = Assert.Single(outcome.Sink.Warnings);
        Assert.Equal((column, expectedCode), (warning.Column, warning.Code));
        Assert.Single(outcome.Records);
    }

    [Theory]
    [InlineData("HØST", "2019", "2019 HØST")]
    [InlineData("host", "2019", "2019 HØST")]
    [InlineData("VAR", "2020", "2020 VÅR")]
    [InlineData("", "2020", "2020")]
    public void Terms_are_normalised(string termCode, string year, string expected)
    {
        var record = Assert.Single(FsCsv.Validate(FsCsv.File(FsCsv.Row(("terminkode", termCode), ("arstall", year)))).Records);

        Assert.Equal(expected, record.Term.ToString());
    }
}
