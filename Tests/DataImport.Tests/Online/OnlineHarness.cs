using System.Collections.Concurrent;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Sample;
using AlumniCrm.DataImport.Tests.Support;
using AlumniCrm.DataImport.WebApi;
using AlumniCrm.LocalDataverse;
using AlumniCrm.WebApiEmulator;

namespace AlumniCrm.DataImport.Tests.Online;

/// <summary>
/// The importer CLI against the Web API emulator: the product solution and plugins in an in-memory
/// Dataverse, a fake token, and waits (Retry-After, backoff) that move the emulator's clock instead of sleeping.
/// </summary>
public sealed class OnlineHarness : IAsyncDisposable
{
    public const string Token = "fake-token-for-tests";

    /// <summary>32 fixed bytes, base64: the suppression key an administrator adds once per environment (alm_suppressionkey).</summary>
    public const string SuppressionKey = "aW1wb3J0ZXItdGVzdHMtc3VwcHJlc3Npb24ta2V5LTMyYg==";

    public OnlineHarness(EmulatorOptions? options = null, Action<InMemoryDataverseEnvironment>? arrange = null, bool withAlumniDefinition = true)
    {
        Emulator = ProductEnvironment.CreateEmulator(options, environment =>
        {
            SetSuppressionKey(environment);
            if (withAlumniDefinition)
            {
                environment.Seed(new Microsoft.Xrm.Sdk.Entity("alm_alumnidefinition")
                {
                    ["alm_name"] = "Completed degree",
                    ["alm_isactive"] = true,
                    ["alm_requirescompleteddegree"] = true,
                    ["alm_includecontinuingeducation"] = true,
                });
            }

            arrange?.Invoke(environment);
        });
        Emulator.ExpectedToken = Token;
    }

    public DataverseWebApiEmulator Emulator { get; }

    public TempDirectory Folder { get; } = new();

    public string Url => DataverseWebApiEmulator.EnvironmentUrl.ToString();

    /// <summary>Every wait the client asked for, in order.</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public Dictionary<string, string?> EnvironmentVariables { get; } = new();

    /// <summary>A generated FS export (the sample verb's generator) without defects unless asked.</summary>
    public string WriteSample(int rows, double badShare = 0, int seed = 3, string name = "graduates.csv", bool withNationalId = false)
    {
        var path = Folder.File(name);
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        new SampleGenerator(new SampleSettings(rows, badShare, seed, withNationalId)).Write(writer);
        return path;
    }

    public CliRun Run(CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var services = new OnlineServices
        {
            Handler = Emulator.CreateHandler(),
            TokenProvider = new FakeTokenProvider(Token),
            WebApi = new WebApiOptions
            {
                Jitter = new Random(7),
                Delay = (wait, _) =>
                {
                    Waits.Enqueue(wait);
                    Emulator.Clock.Advance(wait);
                    return Task.CompletedTask;
                },
            },
            EnvironmentVariable = name => EnvironmentVariables.GetValueOrDefault(name),
            Cancellation = cancellation,
            Now = () => new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var exitCode = ImporterCli.Run(args, output, error, services);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public CliRun Run(params string[] args) => Run(CancellationToken.None, args);

    public CliRun Import(string file, params string[] more) => Run(["import", file, "--environment", Url, .. more]);

    /// <summary>What an administrator does once per environment: add the suppression key (write-only column).</summary>
    private static void SetSuppressionKey(InMemoryDataverseEnvironment environment) =>
        environment.Seed(new Microsoft.Xrm.Sdk.Entity("alm_suppressionkey") { ["alm_name"] = "Suppression key", ["alm_key"] = SuppressionKey });

    public int Count(string table) => Emulator.Environment.Store.All(table).Count;

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Folder.Dispose();
    }
}
