using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Connection;
using AlumniCrm.DataImport.Sample;
using AlumniCrm.DataImport.WebApi;
using AlumniCrm.WebApiEmulator;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Benchmarks.Import;

/// <summary>
/// import-227k: a full <c>import</c> of generated graduates into the emulated server (product solution and
/// plugins in the in-memory Dataverse): requests per graduate, batches, retries, rows per second here,
/// and the wall time projected under Dataverse's service-protection limits, against a naive importer.
/// Options: --rows N (default 227000), --batch-size N (default 500), --dop N (the emulator's x-ms-dop-hint, default 8).
/// </summary>
public static class Import227kBenchmark
{
    public const string Name = "import-227k";

    // Dataverse service protection, per user: 6,000 requests and 20 minutes of execution time per 5 minutes, 52 concurrent.
    private const double RequestsPerWindow = 6000;
    private const double WindowMinutes = 5;
    private const double ExecutionMinutesPerWindow = 20;

    // Stated assumptions for the projection (not measured here): server time per row written in bulk, plugins included,
    // and the round trip of one single-row request of a naive sequential importer.
    private const double ServerMillisecondsPerBulkRow = 10;
    private const double NaiveRoundTripMilliseconds = 75;
    private const double NaiveRequestsPerGraduate = 5; // find contact, write contact, find programme, find qualification, write qualification

    public static int Run(string[] args)
    {
        var rows = Option(args, "--rows", 227_000);
        var batchSize = Option(args, "--batch-size", 500);
        var dop = Option(args, "--dop", 8);
        var folder = Path.Combine(Path.GetTempPath(), "alumnicrm-import-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"graduates-{rows}.csv");
        using (var writer = new StreamWriter(file, false, new System.Text.UTF8Encoding(false)))
        {
            new SampleGenerator(new SampleSettings(rows, BadShare: 0, Seed: 11)).Write(writer);
        }

        var emulator = ProductEnvironment.CreateEmulator(new EmulatorOptions { DegreeOfParallelismHint = dop }, Arrange);
        emulator.ExpectedToken = "benchmark";
        var output = new StringWriter();
        var error = new StringWriter();
        var services = new OnlineServices
        {
            Handler = emulator.CreateHandler(),
            TokenProvider = new FixedToken(),
            WebApi = new WebApiOptions { Delay = (wait, _) => { emulator.Clock.Advance(wait); return Task.CompletedTask; } },
        };
        var clock = Stopwatch.StartNew();
        var exitCode = ImporterCli.Run(["import", file, "--environment", DataverseWebApiEmulator.EnvironmentUrl.ToString(), "--batch-size", batchSize.ToString(CultureInfo.InvariantCulture)], output, error, services);
        clock.Stop();
        if (exitCode != ExitCodes.Success)
        {
            Console.Error.WriteLine(output.ToString() + error);
            return exitCode;
        }

        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        var requests = emulator.Statistics.HttpRequests;
        var graduates = rows;
        var rowsWritten = report.GetProperty("people").GetProperty("created").GetInt32() + report.GetProperty("qualifications").GetProperty("created").GetInt32();
        var byRequests = requests / RequestsPerWindow * WindowMinutes;
        var byExecution = rowsWritten * ServerMillisecondsPerBulkRow / 60000 / (ExecutionMinutesPerWindow / WindowMinutes);
        var naiveRequests = graduates * NaiveRequestsPerGraduate;
        var naiveByRequests = naiveRequests / RequestsPerWindow * WindowMinutes;
        var naiveSequential = naiveRequests * NaiveRoundTripMilliseconds / 60000;

        Console.WriteLine($"graduates (rows)            {graduates:N0}");
        Console.WriteLine($"people / qualifications     {report.GetProperty("people").GetProperty("created").GetInt32():N0} / {report.GetProperty("qualifications").GetProperty("created").GetInt32():N0}");
        Console.WriteLine($"HTTP requests (server)      {requests:N0}  = {requests / (double)graduates:0.0000} per graduate");
        Console.WriteLine($"  by operation              {string.Join(", ", emulator.Statistics.ByOperation.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}"))}");
        Console.WriteLine($"write batches               {report.GetProperty("batches").GetInt32():N0} (batch size {batchSize})");
        Console.WriteLine($"retries / throttled         {report.GetProperty("retries").GetInt64():N0} / {report.GetProperty("throttled").GetInt64():N0}");
        Console.WriteLine($"parallelism (dop hint)      {report.GetProperty("degreeOfParallelism").GetInt32()}");
        Console.WriteLine($"wall time here              {clock.Elapsed.TotalSeconds:N1} s = {graduates / clock.Elapsed.TotalSeconds:N0} rows/s (emulator, {Environment.ProcessorCount} cores)");
        Console.WriteLine($"projected, this importer    {Math.Max(byRequests, byExecution):N1} min (requests limit {byRequests:N2} min; execution-time limit {byExecution:N1} min at {ServerMillisecondsPerBulkRow} ms/row)");
        Console.WriteLine($"projected, naive importer   {naiveRequests:N0} requests: {Math.Max(naiveByRequests, naiveSequential) / 60:N1} h (requests limit {naiveByRequests / 60:N1} h; sequential at {NaiveRoundTripMilliseconds} ms {naiveSequential / 60:N1} h)");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>What an administrator sets up before importing: the suppression key, the active definition, an institution network.</summary>
    private static void Arrange(AlumniCrm.LocalDataverse.InMemoryDataverseEnvironment environment)
    {
        var definition = new Entity("environmentvariabledefinition") { ["schemaname"] = "alm_SuppressionKey" };
        environment.Seed(definition);
        environment.Seed(new Entity("environmentvariablevalue") { ["environmentvariabledefinitionid"] = definition.ToEntityReference(), ["value"] = "YmVuY2htYXJrLXN1cHByZXNzaW9uLWtleS0zMi1ieXRlcw==" });
        environment.Seed(new Entity("alm_alumnidefinition") { ["alm_name"] = "Completed degree", ["alm_isactive"] = true, ["alm_requirescompleteddegree"] = true });
        environment.Seed(new Entity("alm_network") { ["alm_name"] = "All alumni", ["alm_autoenrol"] = true, ["alm_networkstatus"] = new OptionSetValue(842100000) });
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class FixedToken : ITokenProvider
    {
        public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken) => Task.FromResult("benchmark");
    }
}
