using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Sample;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Cli;

/// <summary>The policy: a national identity number from the input is never written anywhere.</summary>
public class NationalIdentityNumberTests
{
    [Theory]
    [InlineData("utf8")]
    [InlineData("latin1")]
    public void No_identity_number_from_the_input_appears_in_any_output(string encoding)
    {
        using var directory = new TempDirectory();
        var export = directory.File("with-fnr.csv");
        var sampleRun = CliRun.Of("sample", "--rows", "300", "--bad-share", "0.2", "--seed", "11", "--with-national-id", "--encoding", encoding, "--out", export);
        Assert.Equal(ExitCodes.Success, sampleRun.ExitCode);
        var manifest = new SampleGenerator(new SampleSettings(300, 0.2, 11, IncludeNationalIdentityNumbers: true)).Write(TextWriter.Null);
        Assert.True(manifest.NationalIdentityNumbers.Count > 250);
        Assert.Contains(manifest.NationalIdentityNumbers[0], File.ReadAllText(export, AlumniCrm.DataImport.Reading.TextEncodings.Windows1252));

        var run = CliRun.Of("validate", export, "--report", directory.File("r.csv"), "--report", directory.File("r.json"));

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        Assert.Contains("fodselsnummer", run.Output);
        var outputs = new[] { run.Output, run.Error, sampleRun.Output, sampleRun.Error, File.ReadAllText(directory.File("r.csv")), File.ReadAllText(directory.File("r.json")) };
        foreach (var number in manifest.NationalIdentityNumbers)
        {
            Assert.All(outputs, output => Assert.DoesNotContain(number, output));
        }
    }

    [Fact]
    public void An_identity_number_in_the_wrong_column_is_refused_and_not_echoed()
    {
        const string identityNumber = "15889437399";
        using var directory = new TempDirectory();
        var path = directory.Write("misplaced.csv", FsCsv.File(FsCsv.Row(("personlopenr", identityNumber)), FsCsv.Row(("studentnr", identityNumber), ("personlopenr", "1"))));
        var report = directory.File("r.csv");

        var run = CliRun.Of("validate", path, "--report", report, "--report", directory.File("r.json"));

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        Assert.Contains("identifier.looks-like-national-identity-number", File.ReadAllText(report));
        foreach (var output in new[] { run.AllText, File.ReadAllText(report), File.ReadAllText(directory.File("r.json")) })
        {
            Assert.DoesNotContain(identityNumber, output);
        }
    }
}
