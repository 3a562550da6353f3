using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Cli;

public class ReportTests
{
    private static (string Csv, JsonElement Json, CliRun Run) ValidateWithReports(string content)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("export.csv", content);
        var csv = directory.File("report.csv");
        var json = directory.File("report.json");
        var run = CliRun.Of("validate", path, "--report", csv, "--report", json);
        return (File.ReadAllText(csv), JsonDocument.Parse(File.ReadAllText(json)).RootElement.Clone(), run);
    }

    [Fact]
    public void The_csv_report_has_one_line_per_issue_with_row_line_column_and_reason()
    {
        var (csv, _, run) = ValidateWithReports(FsCsv.File(FsCsv.Row(), FsCsv.Row(("studentnr", "222222"), ("personlopenr", "2"), ("emailadresse_privat", "kari.nordmann.example.no"))));

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row,line,column,severity,code,message,value", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2,3,emailadresse_privat,error,email.invalid,", lines[1]);
        Assert.EndsWith(",shape aaaa.aaaaaaaa.aaaaaaa.aa", lines[1]);
    }

    [Fact]
    public void The_json_report_has_the_layout_the_issues_and_the_summary()
    {
        var (_, json, _) = ValidateWithReports(FsCsv.File(FsCsv.Row(("studiepoeng", "1000"))));

        Assert.Equal("UTF-8", json.GetProperty("encoding").GetString());
        Assert.Equal("semicolon (;)", json.GetProperty("delimiter").GetString());
        Assert.Contains(json.GetProperty("columns").EnumerateArray(), column => column.GetProperty("column").GetString() == "studentnr" && column.GetProperty("field").GetString() == "studentNumber");
        var issue = Assert.Single(json.GetProperty("issues").EnumerateArray());
        Assert.Equal(1, issue.GetProperty("row").GetInt32());
        Assert.Equal(2, issue.GetProperty("line").GetInt32());
        Assert.Equal("studiepoeng", issue.GetProperty("column").GetString());
        Assert.Equal("credits.out-of-range", issue.GetProperty("code").GetString());
        Assert.Equal("1000", issue.GetProperty("value").GetString());
        var summary = json.GetProperty("summary");
        Assert.Equal((1, 0, 1), (summary.GetProperty("rows").GetInt32(), summary.GetProperty("validRows").GetInt32(), summary.GetProperty("errors").GetInt32()));
        Assert.Equal("credits.out-of-range", summary.GetProperty("byColumnAndReason")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Personal_values_appear_only_as_their_shape()
    {
        var content = FsCsv.File(
            FsCsv.Row(("fornavn", "Bjørn3"), ("emailadresse_privat", "bjorn.secret@@example.no"), ("mobiltlf", "4798765"), ("fodselsdato", "31.02.1991")));

        var (csv, json, run) = ValidateWithReports(content);

        foreach (var secret in new[] { "Bjørn3", "bjorn.secret", "4798765", "31.02.1991", "Ødegård" })
        {
            Assert.DoesNotContain(secret, csv);
            Assert.DoesNotContain(secret, json.GetRawText());
            Assert.DoesNotContain(secret, run.AllText);
        }

        Assert.Contains("shape Aaaaa9", csv);
        Assert.Contains("shape 99.99.9999", csv);
    }

    [Fact]
    public void A_code_column_holding_many_digits_is_redacted_too()
    {
        var (csv, _, _) = ValidateWithReports(FsCsv.File(FsCsv.Row(("studieprogramkode", "x01019012345"))));

        Assert.DoesNotContain("01019012345", csv);
        Assert.Contains("shape a99999999999", csv);
    }
}
