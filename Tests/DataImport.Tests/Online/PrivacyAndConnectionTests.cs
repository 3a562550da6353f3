using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.WebApiEmulator;

namespace AlumniCrm.DataImport.Tests.Online;

public sealed class PrivacyAndConnectionTests
{
    [Fact]
    public async Task The_national_identity_number_never_leaves_the_file()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { RecordBodies = true });
        var file = harness.WriteSample(80, withNationalId: true);
        var header = File.ReadLines(file).First().Split(';').ToList();
        var column = header.IndexOf("fodselsnummer");
        Assert.True(column >= 0);
        var numbers = File.ReadLines(file).Skip(1).Select(l => l.Split(';')[column]).Where(n => n.Length == 11).ToList();
        Assert.NotEmpty(numbers);

        var plan = harness.Run("plan", file, "--environment", harness.Url, "--report", harness.Folder.File("plan.json"));
        using var crash = new CancellationTokenSource();
        harness.Emulator.CrashAfterWrites(5, crash.Cancel);
        var interrupted = harness.Run(crash.Token, "import", file, "--environment", harness.Url, "--batch-size", "100");
        var journal = File.ReadAllText(file + ".import-journal");
        var import = harness.Import(file, "--resume", "--batch-size", "100");

        var everything = string.Join("\n", plan.AllText, interrupted.AllText, import.AllText, journal,
            File.ReadAllText(harness.Folder.File("plan.json")), File.ReadAllText(file + ".import-report.json"),
            string.Join("\n", harness.Emulator.RecordedBodies),
            string.Join("\n", harness.Emulator.Environment.Store.All("alm_importrun").Select(r => r.GetAttributeValue<string>("alm_report"))));
        foreach (var number in numbers) Assert.DoesNotContain(number, everything);
        Assert.Equal(ExitCodes.Success, import.ExitCode);
    }

    [Theory]
    [InlineData("AuthType=ClientSecret;Url=https://org.crm4.dynamics.com;ClientId=11111111-1111-1111-1111-111111111111;ClientSecret=s3cr3t-Value!", AuthenticationKind.ClientSecret)]
    [InlineData("authtype = ClientSecret; url='https://org.crm4.dynamics.com/main.aspx'; AppId=11111111-1111-1111-1111-111111111111; Secret=\"s3cr3t-Value!\"", AuthenticationKind.ClientSecret)]
    [InlineData("AuthType=Certificate;Url=https://org.crm4.dynamics.com;ClientId=11111111-1111-1111-1111-111111111111;Thumbprint=ABCDEF0123", AuthenticationKind.Certificate)]
    [InlineData("AuthType=OAuth;Url=https://org.crm4.dynamics.com;LoginPrompt=Auto", AuthenticationKind.DeviceCode)]
    public void Connection_strings_parse_in_the_format_users_know(string connectionString, AuthenticationKind kind)
    {
        var settings = ConnectionStringParser.Parse(connectionString);

        Assert.Equal(kind, settings.Kind);
        Assert.Equal(new Uri("https://org.crm4.dynamics.com/"), settings.EnvironmentUrl);
        Assert.Equal("https://org.crm4.dynamics.com/.default", settings.Scope);
        Assert.DoesNotContain("s3cr3t", settings.ToString());
    }

    [Theory]
    [InlineData("Url=https://org.crm4.dynamics.com;AuthType=ClientSecret", "ClientId")]
    [InlineData("AuthType=ClientSecret;ClientId=x;ClientSecret=s3cr3t-Value!", "Url")]
    [InlineData("AuthType=Magic;Url=https://org.crm4.dynamics.com", "AuthType")]
    [InlineData("AuthType=Certificate;Url=https://org.crm4.dynamics.com;ClientId=x", "Thumbprint")]
    [InlineData("AuthType=ClientSecret;Url=https://org.crm4.dynamics.com;ClientId=x;ClientSecret=s3cr3t-Value!;Colour=blue", "Colour")]
    public void Bad_connection_strings_say_what_is_wrong_without_the_secret(string connectionString, string named)
    {
        var exception = Assert.Throws<ConnectionStringException>(() => ConnectionStringParser.Parse(connectionString));

        Assert.Contains(named, exception.Message);
        Assert.DoesNotContain("s3cr3t", exception.Message);
    }

    [Fact]
    public async Task Secrets_from_environment_variables_are_used_and_never_logged_or_written()
    {
        await using var harness = new OnlineHarness();
        const string secret = "Very-Secret-Value-42~";
        harness.EnvironmentVariables[ConnectionResolver.ConnectionVariable] =
            $"AuthType=ClientSecret;Url={harness.Url};ClientId=11111111-1111-1111-1111-111111111111";
        harness.EnvironmentVariables[ConnectionResolver.ClientSecretVariable] = secret;
        var file = harness.WriteSample(50);

        var run = harness.Run("import", file);
        var settings = ConnectionResolver.Resolve(null, null, name => harness.EnvironmentVariables.GetValueOrDefault(name));

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Equal(secret, settings.ClientSecret);
        Assert.DoesNotContain(secret, run.AllText + File.ReadAllText(file + ".import-report.json") + settings);
        foreach (var written in Directory.EnumerateFiles(harness.Folder.Path)) Assert.DoesNotContain(secret, File.ReadAllText(written));
    }

    [Fact]
    public async Task A_secret_connection_without_its_secret_is_a_usage_error_and_an_unreachable_environment_a_connection_error()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(10);
        harness.EnvironmentVariables[ConnectionResolver.ConnectionVariable] = $"AuthType=ClientSecret;Url={harness.Url};ClientId=x";

        var noSecret = harness.Run("import", file);

        Assert.Equal(ExitCodes.UsageError, noSecret.ExitCode);
        Assert.Contains(ConnectionResolver.ClientSecretVariable, noSecret.Error);

        harness.EnvironmentVariables.Clear();
        harness.Emulator.ExpectedToken = "another-token";
        var refused = harness.Run("import", file, "--environment", harness.Url);
        Assert.Equal(ExitCodes.CouldNotConnect, refused.ExitCode);
        Assert.DoesNotContain("   at ", refused.AllText);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("import")]
    [InlineData("deploy")]
    [InlineData("validate")]
    [InlineData("sample")]
    public void Every_verb_has_help(string verb)
    {
        var run = Support.CliRun.Of(verb, "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Usage:", run.Output);
        if (verb is "plan" or "import" or "deploy") Assert.Contains("--environment", run.Output);
    }
}
