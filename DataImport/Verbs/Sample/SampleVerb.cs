using System.CommandLine;
using System.Globalization;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Sample;

namespace AlumniCrm.DataImport.Verbs.Sample;

/// <summary><c>sample --rows N [--bad-share 0.05] [--encoding utf8|utf8-bom|latin1] [--seed S] [--with-national-id] [--with-consent] [--out FILE]</c>.</summary>
public sealed class SampleVerb(CliConsole console) : IImporterVerb
{
    public Command CreateCommand()
    {
        var rows = new Option<int>("--rows") { Description = "Number of data rows.", Required = true, HelpName = "N" };
        rows.Validators.Add(result =>
        {
            // Validators also run when conversion failed; that error is already reported, so look at the token.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out var value) && value < 0)
            {
                result.AddError("--rows must be 0 or more.");
            }
        });
        var badShare = new Option<double>("--bad-share") { Description = "Share of rows that fail validation, 0 to 1.", DefaultValueFactory = _ => 0.05, HelpName = "share" };
        badShare.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && double.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, out var value) && value is < 0 or > 1 or double.NaN)
            {
                result.AddError("--bad-share must be between 0 and 1 (e.g. 0.05).");
            }
        });
        var encoding = new Option<string>("--encoding") { Description = "utf8, utf8-bom or latin1 (Windows-1252).", DefaultValueFactory = _ => "utf8" };
        encoding.AcceptOnlyFromAmong("utf8", "utf8-bom", "latin1");
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same file.", DefaultValueFactory = _ => 1, HelpName = "S" };
        var nationalId = new Option<bool>("--with-national-id") { Description = "Add a fodselsnummer column of synthetic numbers (to show the importer drops it)." };
        var consent = new Option<bool>("--with-consent")
        {
            Description = "Add consent answers of a registration survey (newsletter and events by e-mail, events by SMS; J/N with date and statement version).",
        };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output.", HelpName = "file" };

        var command = new Command("sample", "Write a synthetic FS graduate export with a chosen share of bad rows, for trying and benchmarking the importer.")
        {
            rows,
            badShare,
            encoding,
            seed,
            nationalId,
            consent,
            output,
        };
        command.SetAction(parseResult => Run(
            new SampleSettings(parseResult.GetValue(rows), parseResult.GetValue(badShare), parseResult.GetValue(seed), parseResult.GetValue(nationalId), parseResult.GetValue(consent)),
            ParseEncoding(parseResult.GetValue(encoding)!),
            parseResult.GetValue(output)));
        return command;
    }

    public int Run(SampleSettings settings, SampleEncoding encoding, string? outputPath)
    {
        SampleManifest manifest;
        if (outputPath is null)
        {
            manifest = new SampleGenerator(settings).Write(console.Output);
            return ExitCodes.Success;
        }

        try
        {
            using var writer = new StreamWriter(outputPath, append: false, encoding switch
            {
                SampleEncoding.Latin1 => TextEncodings.Windows1252,
                SampleEncoding.Utf8Bom => TextEncodings.Utf8WithBom,
                _ => TextEncodings.Utf8WithoutBom,
            });
            manifest = new SampleGenerator(settings).Write(writer);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.WriteError($"Cannot write '{outputPath}': {exception.Message}");
            return ExitCodes.OutputNotWritable;
        }

        console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {manifest.Rows:N0} rows to {outputPath} ({manifest.BadRows.Count:N0} bad, {manifest.IdenticalDuplicateRows.Count:N0} identical repeats)."));
        return ExitCodes.Success;
    }

    private static SampleEncoding ParseEncoding(string name) => name switch
    {
        "latin1" => SampleEncoding.Latin1,
        "utf8-bom" => SampleEncoding.Utf8Bom,
        _ => SampleEncoding.Utf8,
    };
}
