using System.Globalization;
using System.Text;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Tests.Support;

namespace AlumniCrm.DataImport.Tests.Reading;

public class EncodingDetectionTests
{
    private static readonly string Content = FsCsv.File(FsCsv.Row(("fornavn", "Bjørn Åsmund"), ("etternavn", "Sæther")));

    [Fact]
    public void Utf8_with_bom_is_recognised_and_æøå_survive()
    {
        var outcome = FsCsv.Validate(Content, new UTF8Encoding(true));

        Assert.Equal("UTF-8 (byte order mark)", outcome.Reader.Encoding.Description);
        Assert.Equal("Bjørn Åsmund", Assert.Single(outcome.Records).FirstName);
        Assert.Equal("studentnr", outcome.Reader.Mapping.Headers[0]);
    }

    [Fact]
    public void Utf8_without_bom_is_recognised_by_strict_decoding()
    {
        var outcome = FsCsv.Validate(Content, new UTF8Encoding(false));

        Assert.Equal("UTF-8", outcome.Reader.Encoding.Description);
        Assert.Equal("Sæther", Assert.Single(outcome.Records).LastName);
    }

    [Fact]
    public void Windows_1252_is_the_fallback_and_æøå_survive()
    {
        var outcome = FsCsv.Validate(Content, TextEncodings.Windows1252);

        Assert.StartsWith("Windows-1252", outcome.Reader.Encoding.Description);
        var record = Assert.Single(outcome.Records);
        Assert.Equal("Bjørn Åsmund", record.FirstName);
        Assert.Equal("Sæther", record.LastName);
        Assert.Equal("BØK", record.ProgrammeCode);
        Assert.Equal("2018 VÅR", record.Term.ToString());
    }

    [Fact]
    public void A_multibyte_character_cut_at_the_end_of_the_prefix_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("studentnr;fornavn\n1;" + new string('x', EncodingDetector.PrefixLength) + "ø\n");
        var cut = bytes.AsSpan(0, bytes.Length - 2).ToArray();
        Assert.Equal(0xC3, cut[^1]);

        Assert.True(EncodingDetector.Detect(cut.AsSpan(0, cut.Length), prefixIsWholeFile: false).IsUtf8);
    }

    [Fact]
    public void Utf16_and_binary_files_are_refused_with_a_reason()
    {
        var utf16 = Assert.Throws<InputUnreadableException>(() => EncodingDetector.Detect(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a;b")).ToArray(), true));
        Assert.Contains("UTF-16", utf16.Message);

        var binary = Assert.Throws<InputUnreadableException>(() => EncodingDetector.Detect(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, true));
        Assert.Contains("NUL", binary.Message);
    }

    [Fact]
    public void Invalid_utf8_after_the_prefix_is_a_row_error_not_garbage()
    {
        using var directory = new TempDirectory();
        var head = Encoding.UTF8.GetBytes(FsCsv.Header + "\n");
        var filler = Enumerable.Range(0, 800).Select(index => FsCsv.Row(("studentnr", (100000 + index).ToString(CultureInfo.InvariantCulture)), ("personlopenr", (200000 + index).ToString(CultureInfo.InvariantCulture))) + "\n");
        var body = Encoding.UTF8.GetBytes(string.Concat(filler));
        var latinRow = TextEncodings.Windows1252.GetBytes(FsCsv.Row(("studentnr", "999999"), ("personlopenr", "888888"), ("etternavn", "Bø")) + "\n");
        var path = directory.WriteBytes("mixed.csv", [.. head, .. body, .. latinRow]);
        Assert.True(head.Length + body.Length > EncodingDetector.PrefixLength);

        var outcome = FsCsv.ValidatePath(path);

        var errors = outcome.Sink.Errors.ToList();
        Assert.All(errors, error => Assert.Equal((801, "text.invalid-encoding", "(value redacted: not valid text)"), (error.RowNumber!.Value, error.Code, error.Value)));
        Assert.Contains(errors, error => error.Column == "etternavn");
        Assert.Contains(errors, error => error.Column == "studieprogramkode");
        Assert.Equal(800, outcome.Summary.RowsValid);
    }
}
