using System.Diagnostics;
using System.Globalization;
using AlumniCrm.DataImport.Reading;
using AlumniCrm.DataImport.Sample;

namespace AlumniCrm.Benchmarks.Validate;

/// <summary>
/// validate-227k: the size of USN's FS history (227,000 former students). Generates the file with
/// the sample generator, times the validate verb against a plain CsvHelper read of the same file
/// (median of several runs, in this process after a warm-up), then measures peak working set and
/// allocations of each in a fresh process, for the full file and a tenth of it, to show that
/// memory does not follow file size.
/// </summary>
public static class Validate227kBenchmark
{
    public const string Name = "validate-227k";
    private const int Rows = 227_000;
    private const int Iterations = 5;

    public static int Run(string[] args)
    {
        var directory = Path.Combine(Path.GetTempPath(), "alumnicrm-benchmarks");
        Directory.CreateDirectory(directory);
        var full = Generate(directory, Rows);
        var tenth = Generate(directory, Rows / 10);
        var report = Path.Combine(directory, "validate-report.csv");

        Console.WriteLine($"Machine: {MachineDescription.Describe()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"File: {Rows:N0} rows, {new FileInfo(full).Length / (1024.0 * 1024):0.0} MiB, UTF-8, 5 % bad rows, with a fødselsnummer column"));

        // Warm-up: JIT both paths on the small file.
        PlainCsvRead.Run(tenth);
        ValidateVerbRun.Run(tenth, report);

        var plain = Median(() => PlainCsvRead.Run(full));
        var validate = Median(() => ValidateVerbRun.Run(full, report));
        Console.WriteLine();
        Console.WriteLine("| Workload | Median of 5 | Rows/s | Ratio to plain read |");
        Console.WriteLine("|---|---:|---:|---:|");
        PrintTime("Plain CsvHelper read (every field as string)", plain, plain);
        PrintTime("`validate` verb (read, map, validate, duplicates, CSV report)", validate, plain);

        Console.WriteLine();
        Console.WriteLine("| Workload (own process) | Rows | Peak working set | Allocated |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (label, workload) in new[] { ("Plain CsvHelper read", "plain"), ("`validate` verb", "validate") })
        {
            foreach (var (rows, path) in new[] { (Rows / 10, tenth), (Rows, full) })
            {
                var (peak, allocated, _) = MemoryProbe.Measure(workload, path, report);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {rows:N0} | {Mib(peak)} | {Mib(allocated)} |"));
            }
        }

        return 0;
    }

    private static string Generate(string directory, int rows)
    {
        var path = Path.Combine(directory, $"fs-graduates-{rows}.csv");
        using var writer = new StreamWriter(path, append: false, TextEncodings.Utf8WithoutBom);
        new SampleGenerator(new SampleSettings(rows, BadShare: 0.05, Seed: 227, IncludeNationalIdentityNumbers: true)).Write(writer);
        return path;
    }

    private static TimeSpan Median(Func<object> run)
    {
        var times = new List<TimeSpan>();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return times[Iterations / 2];
    }

    private static void PrintTime(string label, TimeSpan time, TimeSpan baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | {time.TotalMilliseconds:N0} ms | {Rows / time.TotalSeconds:N0} | {time / baseline:0.00}× |"));

    private static string Mib(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):N1} MiB");
}
