using AlumniCrm.DataImport.Mapping;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Mapping;

public class ColumnMappingTests
{
    [Theory]
    [InlineData("studentnr", CanonicalField.StudentNumber)]
    [InlineData("Student_Nr", CanonicalField.StudentNumber)]
    [InlineData("student number", CanonicalField.StudentNumber)]
    [InlineData("STUDENT-NUMBER", CanonicalField.StudentNumber)]
    [InlineData("Personløpenr", CanonicalField.PersonNumber)]
    [InlineData("Fødselsdato", CanonicalField.BirthDate)]
    [InlineData("Kjønn", CanonicalField.Gender)]
    [InlineData("epost", CanonicalField.PrivateEmail)]
    [InlineData("Email", CanonicalField.PrivateEmail)]
    [InlineData("studieprogramkode", CanonicalField.ProgrammeCode)]
    [InlineData("Studienivåkode", CanonicalField.StudyLevelCode)]
    [InlineData("fakultet", CanonicalField.FacultyCode)]
    [InlineData("institutt", CanonicalField.InstituteCode)]
    [InlineData("dato_oppnaelse", CanonicalField.AwardedOn)]
    [InlineData("Dato vitnemål", CanonicalField.AwardedOn)]
    [InlineData("Årstall", CanonicalField.Year)]
    [InlineData("status_dod", CanonicalField.Deceased)]
    public void Fs_names_and_common_variants_map_to_their_field(string header, CanonicalField expected)
    {
        var required = new[] { "studentnr", "fornavn", "etternavn", "studieprogramkode" }
            .Where(column => column != FieldCatalogue.Get(expected).FsName);

        var mapping = ColumnMapper.Map([.. required, header]);

        Assert.Equal(header, mapping.ColumnNameOf(expected));
    }

    [Theory]
    [InlineData("fødselsnummer")]
    [InlineData("Fodselsnummer")]
    [InlineData("fnr")]
    [InlineData("personnr")]
    [InlineData("Personnummer")]
    [InlineData("SSN")]
    [InlineData("NIN")]
    [InlineData("national_id")]
    [InlineData("fodselsnummer_11")]
    public void National_identity_number_columns_are_dropped_with_a_warning(string header)
    {
        var mapping = ColumnMapper.Map(["studentnr", "fornavn", "etternavn", "studieprogramkode", header]);

        Assert.Equal([header], mapping.DroppedIdentityColumns);
        Assert.DoesNotContain(mapping.MappedFields(), mapped => mapped.Column == header);
        Assert.Contains(mapping.Notices, notice => notice.Column == header && notice.Code == "column.national-identity-number-dropped");
    }

    [Fact]
    public void The_best_alias_wins_and_the_other_column_is_reported()
    {
        var mapping = ColumnMapper.Map(["studentnr", "fornavn", "etternavn", "studieprogramkode", "epost", "emailadresse_privat"]);

        Assert.Equal("emailadresse_privat", mapping.ColumnNameOf(CanonicalField.PrivateEmail));
        Assert.Contains(mapping.Notices, notice => notice.Column == "epost" && notice.Code == "column.ambiguous");
    }

    [Fact]
    public void Unknown_columns_are_reported_as_unused()
    {
        var mapping = ColumnMapper.Map(["studentnr", "fornavn", "etternavn", "studieprogramkode", "postnummer"]);

        Assert.Contains(mapping.Notices, notice => notice.Column == "postnummer" && notice.Code == "column.unused");
    }

    [Fact]
    public void Missing_required_columns_make_the_file_unreadable_and_are_named()
    {
        var exception = Assert.Throws<InputUnreadableException>(() => ColumnMapper.Map(["studentnr", "fornavn", "navn"]));

        Assert.Contains("etternavn", exception.Message);
        Assert.Contains("studieprogramkode", exception.Message);
    }

    [Fact]
    public void A_mapping_file_maps_other_layouts_and_can_ignore_columns()
    {
        var mappingFile = MappingFile.Parse("""
            { "columns": { "Stud.nr.": "studentNumber", "Given": "FirstName", "Family": "etternavn", "Prog": "programmeCode", "Notat": "ignore" } }
            """, "test");
        var content = "Stud.nr.,Given,Family,Prog,Notat\n123456,Kåre,Bø,MAUT-IT,fri tekst\n";

        var outcome = FsCsv.Validate(content, mapping: mappingFile);

        var record = Assert.Single(outcome.Records);
        Assert.Equal(("123456", "Kåre", "Bø", "MAUT-IT"), (record.StudentNumber, record.FirstName, record.LastName, record.ProgrammeCode));
        Assert.DoesNotContain(outcome.Sink.Warnings, warning => warning.Column == "Notat");
    }

    [Fact]
    public void A_mapping_file_cannot_bring_back_an_identity_number_column()
    {
        var mappingFile = MappingFile.Parse("""{ "columns": { "fnr": "personNumber" } }""", "test");

        var mapping = ColumnMapper.Map(["studentnr", "fornavn", "etternavn", "studieprogramkode", "fnr"], mappingFile);

        Assert.False(mapping.Has(CanonicalField.PersonNumber));
        Assert.Equal(["fnr"], mapping.DroppedIdentityColumns);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{ "columns": { "a": "shoeSize" } }""", "not a known field")]
    [InlineData("""{ "columns": { "a": "studentNumber", "b": "studentnr" } }""", "maps both")]
    [InlineData("""{ "other": 1 }""", "no \"columns\"")]
    public void A_bad_mapping_file_is_explained(string json, string expected)
    {
        var exception = Assert.Throws<InputUnreadableException>(() => MappingFile.Parse(json, "m.json"));

        Assert.Contains(expected, exception.Message);
    }
}
