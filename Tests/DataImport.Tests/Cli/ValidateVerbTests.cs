using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Cli;

public class ValidateVerbTests
{
    [Fact]
    public void A_clean_file_exits_0_and_prints_the_summary()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("clean.csv", FsCsv.File(FsCsv.Row(), FsCsv.Row(("studentnr", "222222"), ("personlopenr", "2"))));

        var run = CliRun.Of("validate", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Valid rows", run.Output);
        Assert.Contains("ready to import", run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Row_errors_exit_1_and_the_console_shows_the_first_issues()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("bad.csv", FsCsv.File(FsCsv.Row(("fodselsdato", "31.02.1995"))));

        var run = CliRun.Of("validate", path);

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        Assert.Contains("date.impossible", run.Output);
        Assert.Contains("No such calendar day.", run.Output);
    }

    [Theory]
    [InlineData("missing.csv", "does not exist")]
    [InlineData("empty.csv", "empty")]
    [InlineData("noheader.csv", "no semicolon, comma or tab")]
    [InlineData("unmappable.csv", "required field")]
    [InlineData("utf16.csv", "UTF-16")]
    public void An_unreadable_file_exits_2_with_a_reason_and_no_stack_trace(string name, string expected)
    {
        using var directory = new TempDirectory();
        directory.Write("empty.csv", string.Empty);
        directory.Write("noheader.csv", "123456\n");
        directory.Write("unmappable.csv", "a;b;c\n1;2;3\n");
        directory.Write("utf16.csv", FsCsv.File(FsCsv.Row()), new System.Text.UnicodeEncoding(false, true));

        var run = CliRun.Of("validate", directory.File(name));

        Assert.Equal(ExitCodes.InputUnreadable, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("   at ", run.AllText);
    }

    [Fact]
    public void A_bad_mapping_file_exits_2()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("ok.csv", FsCsv.File(FsCsv.Row()));
        var mapping = directory.Write("m.json", "{ \"columns\": { \"x\": \"shoeSize\" } }");

        var run = CliRun.Of("validate", path, "--mapping", mapping);

        Assert.Equal(ExitCodes.InputUnreadable, run.ExitCode);
        Assert.Contains("shoeSize", run.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("validate")]
    [InlineData("frobnicate")]
    [InlineData("validate x.csv --report out.txt")]
    [InlineData("validate x.csv --max-errors 0")]
    [InlineData("validate x.csv --max-errors many")]
    [InlineData("validate x.csv --colour")]
    [InlineData("sample")]
    [InlineData("sample --rows 10 --bad-share 2")]
    [InlineData("sample --rows 10 --encoding ebcdic")]
    [InlineData("sample --rows lots")]
    [InlineData("sample --rows 10 --bad-share some")]
    public void Usage_errors_exit_64(string commandLine)
    {
        var run = CliRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("error:", run.Error);
        Assert.Contains("--help", run.Error);
    }

    [Fact]
    public void Help_lists_the_options_and_exits_0()
    {
        var run = CliRun.Of("validate", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var option in new[] { "--mapping", "--report", "--max-errors" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    [Fact]
    public void An_unwritable_report_exits_73()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("ok.csv", FsCsv.File(FsCsv.Row()));

        var run = CliRun.Of("validate", path, "--report", Path.Combine(directory.Path, "no-such-folder", "r.csv"));

        Assert.Equal(ExitCodes.OutputNotWritable, run.ExitCode);
    }

    [Fact]
    public void Max_errors_stops_early_and_says_so()
    {
        using var directory = new TempDirectory();
        var rows = Enumerable.Range(0, 10).Select(index => FsCsv.Row(("studentnr", $"{300000 + index}"), ("personlopenr", $"{index}"), ("kjonn", "X")));
        var path = directory.Write("many.csv", FsCsv.File([.. rows]));
        var report = directory.File("r.json");

        var run = CliRun.Of("validate", path, "--max-errors", "3", "--report", report);

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        Assert.Contains("Stopped after 3 errors", run.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("stoppedAtMaxErrors").GetBoolean());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("rows").GetInt32());
    }
}
