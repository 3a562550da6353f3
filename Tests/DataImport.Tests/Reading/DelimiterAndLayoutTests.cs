using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Reading;

public class DelimiterAndLayoutTests
{
    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    [InlineData('\t')]
    public void The_delimiter_is_taken_from_the_header_line(char delimiter)
    {
        var content = FsCsv.File(FsCsv.Row()).Replace(";", delimiter.ToString()).Replace("Bachelor i økonomi og administrasjon", "Bachelor");

        var outcome = FsCsv.Validate(content);

        Assert.Equal(delimiter, outcome.Reader.Delimiter);
        Assert.Equal("BØK", Assert.Single(outcome.Records).ProgrammeCode);
    }

    [Fact]
    public void Delimiters_inside_quoted_header_names_do_not_count()
    {
        Assert.Equal(',', DelimiterDetector.Detect("\"navn; fullt\",studentnr,fornavn"));
        Assert.Null(DelimiterDetector.Detect("studentnr"));
    }

    [Fact]
    public void Quoted_values_with_the_delimiter_are_read_whole()
    {
        var outcome = FsCsv.Validate(FsCsv.File(FsCsv.Row(("studieprognavn", "\"Grunnskolelærer; 1.–7. trinn\""))));

        Assert.Equal("Grunnskolelærer; 1.–7. trinn", Assert.Single(outcome.Records).ProgrammeName);
    }

    [Fact]
    public void Rows_and_physical_lines_are_numbered_separately()
    {
        var content = "\n" + FsCsv.Header + "\n" + FsCsv.Row() + "\n\n" + FsCsv.Row(("studentnr", "222222"), ("personlopenr", "1"), ("fodselsdato", "31.02.1990")) + "\n";

        var error = Assert.Single(FsCsv.Validate(content).Sink.Errors);

        Assert.Equal(2, error.RowNumber);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void Broken_quoting_and_wrong_value_counts_are_row_errors_and_reading_goes_on()
    {
        var content = FsCsv.File(
            FsCsv.Row(("studieprognavn", "\"Bachelor\" i økonomi")),
            "123;Ola",
            FsCsv.Row(("studentnr", "333333"), ("personlopenr", "3")));

        var outcome = FsCsv.Validate(content);

        Assert.Contains(outcome.Sink.Errors, issue => issue.RowNumber == 1 && issue.Code == "row.malformed");
        Assert.Contains(outcome.Sink.Errors, issue => issue.RowNumber == 2 && issue.Code == "row.field-count");
        Assert.Equal(3, outcome.Summary.RowsRead);
        Assert.Equal("333333", Assert.Single(outcome.Records).StudentNumber);
    }
}
