using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Validation;

public class DuplicateTests
{
    [Theory]
    [InlineData("personlopenr", "9999999")]
    [InlineData("fornavn", "Kari")]
    [InlineData("etternavn", "Nordmann")]
    [InlineData("fodselsdato", "16.03.1995")]
    public void The_same_student_number_with_another_identity_is_an_error_on_both_rows(string column, string otherValue)
    {
        var outcome = FsCsv.Validate(FsCsv.File(
            FsCsv.Row(),
            FsCsv.Row(("studentnr", "555555"), ("personlopenr", "5")),
            FsCsv.Row((column, otherValue), ("studieprogramkode", "MAUT-IT"))));

        var errors = outcome.Sink.Errors.ToList();
        Assert.Equal([3, 1], errors.Select(error => error.RowNumber!.Value));
        Assert.All(errors, error => Assert.Equal(("duplicate.conflicting-identity", column), (error.Code, error.Column)));
        Assert.Contains("row 1", errors[0].Message);
        Assert.Contains("row 3", errors[1].Message);
        Assert.Equal(2, outcome.Summary.RowsWithErrors);
        Assert.Equal(1, outcome.Summary.RowsValid);
    }

    [Fact]
    public void Identical_rows_are_a_warning_and_one_of_them_counts()
    {
        var outcome = FsCsv.Validate(FsCsv.File(FsCsv.Row(), FsCsv.Row()));

        var warning = Assert.Single(outcome.Sink.Issues);
        Assert.Equal(("duplicate.identical-row", 2), (warning.Code, warning.RowNumber));
        Assert.Equal(0, outcome.Summary.ErrorCount);
    }

    [Fact]
    public void The_same_student_and_programme_with_other_values_is_an_error_on_both_rows()
    {
        var outcome = FsCsv.Validate(FsCsv.File(FsCsv.Row(), FsCsv.Row(("studiepoeng", "120"))));

        Assert.Equal([2, 1], outcome.Sink.Errors.Select(error => error.RowNumber!.Value));
        Assert.All(outcome.Sink.Errors, error => Assert.Equal("duplicate.conflicting-programme-row", error.Code));
    }

    [Fact]
    public void A_student_with_two_programmes_is_normal_even_with_dates_written_differently()
    {
        var outcome = FsCsv.Validate(FsCsv.File(
            FsCsv.Row(),
            FsCsv.Row(("studieprogramkode", "MSØK"), ("fodselsdato", "15031995"), ("etternavn", "ØDEGÅRD"))));

        Assert.Empty(outcome.Sink.Issues);
        Assert.Equal(2, outcome.Records.Count);
    }

    [Fact]
    public void A_third_conflicting_row_does_not_report_the_first_row_twice()
    {
        var outcome = FsCsv.Validate(FsCsv.File(FsCsv.Row(), FsCsv.Row(("fornavn", "Kari")), FsCsv.Row(("fornavn", "Per"))));

        Assert.Equal([2, 1, 3], outcome.Sink.Errors.Select(error => error.RowNumber!.Value));
        Assert.Equal(3, outcome.Summary.RowsWithErrors);
    }
}
