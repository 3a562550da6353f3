using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Sample;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Sample;

public class SampleGeneratorTests
{
    private static (string Text, SampleManifest Manifest) Generate(SampleSettings settings)
    {
        var writer = new StringWriter();
        var manifest = new SampleGenerator(settings).Write(writer);
        return (writer.ToString(), manifest);
    }

    [Fact]
    public void The_same_seed_gives_the_same_file_and_another_seed_another()
    {
        var first = Generate(new SampleSettings(500, 0.1, Seed: 42)).Text;
        var again = Generate(new SampleSettings(500, 0.1, Seed: 42)).Text;
        var other = Generate(new SampleSettings(500, 0.1, Seed: 43)).Text;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(1000, 0.05, 50)]
    [InlineData(1000, 0.0, 0)]
    [InlineData(333, 0.1, 33)]
    [InlineData(40, 1.0, 40)]
    public void Exactly_the_requested_share_of_rows_fails_validation(int rows, double badShare, int expectedBad)
    {
        var (text, manifest) = Generate(new SampleSettings(rows, badShare, Seed: 5));

        var outcome = FsCsv.Validate(text);

        Assert.Equal(expectedBad, manifest.BadRows.Count);
        Assert.Equal(rows, outcome.Summary.RowsRead);
        Assert.Equal(manifest.BadRows.Keys.Order(), outcome.Sink.Errors.Select(error => error.RowNumber!.Value).Distinct().Order());
        Assert.Equal(manifest.IdenticalDuplicateRows, outcome.Sink.Warnings.Where(warning => warning.Code == "duplicate.identical-row").Select(warning => warning.RowNumber!.Value));
    }

    [Fact]
    public void Every_kind_of_defect_is_planted_and_the_sample_looks_like_fs()
    {
        var (text, manifest) = Generate(new SampleSettings(3000, 0.1, Seed: 3));

        Assert.Equal(Enum.GetValues<SampleDefect>().Order(), manifest.BadRows.Values.Distinct().Order());
        foreach (var expected in new[] { "FULLFØRT", "VÅR", "HØST", "Bachelor i shipping og logistikk", "Bachelor i økonomi og administrasjon", "Bachelor i optometri", "Grunnskolelærerutdanning", "ÅRSV-GOV", "MAUT-IT", "BØK" })
        {
            Assert.Contains(expected, text);
        }

        Assert.Matches(@";\d\d\.\d\d\.\d{4};", text);
        Assert.Matches(@";\d{8};", text);
    }

    [Theory]
    [InlineData("latin1", "Windows-1252")]
    [InlineData("utf8", "UTF-8")]
    [InlineData("utf8-bom", "UTF-8 (byte order mark)")]
    public void The_sample_verb_writes_the_chosen_encoding(string encoding, string detected)
    {
        using var directory = new TempDirectory();
        var path = directory.File("sample.csv");

        var run = CliRun.Of("sample", "--rows", "50", "--encoding", encoding, "--seed", "9", "--out", path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var outcome = FsCsv.ValidatePath(path);
        Assert.StartsWith(detected, outcome.Reader.Encoding.Description);
        Assert.Contains(outcome.Records, record => record.ProgrammeCode.Any(character => "ÆØÅ".Contains(character)) || record.LastName.Any(character => "æøåÆØÅ".Contains(character)));
    }

    [Fact]
    public void The_shipped_sample_validates_with_a_few_bad_rows()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "fs-graduates-sample.csv");

        var outcome = FsCsv.ValidatePath(path);

        Assert.InRange(outcome.Summary.RowsRead, 180, 220);
        Assert.InRange(outcome.Summary.RowsWithErrors, 3, 20);
        Assert.NotEmpty(outcome.Reader.Mapping.DroppedIdentityColumns);
    }
}
