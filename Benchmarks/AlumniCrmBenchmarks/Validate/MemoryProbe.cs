using System.Diagnostics;
using System.Globalization;

namespace AlumniCrm.Benchmarks.Validate;

/// <summary>
/// Runs one workload in a fresh process and prints its peak working set and allocated bytes, so
/// the figures of one workload are not mixed with another's (internal: started by <see cref="Validate227kBenchmark"/>).
/// </summary>
public static class MemoryProbe
{
    public const string Name = "memory-probe";

    public static int Run(string[] args)
    {
        var (workload, path, report) = (args[0], args[1], args[2]);
        var exitCode = workload == "validate" ? ValidateVerbRun.Run(path, report) : (PlainCsvRead.Run(path) > 0 ? 0 : 1);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{self.PeakWorkingSet64} {GC.GetTotalAllocatedBytes(precise: true)} {exitCode}"));
        return 0;
    }

    /// <summary>Starts this benchmark executable again with the probe and parses its answer.</summary>
    public static (long PeakWorkingSet, long AllocatedBytes, int ExitCode) Measure(string workload, string path, string report)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemoryProbe).Assembly.Location);
        }

        foreach (var argument in new[] { Name, workload, path, report })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var answer = process.StandardOutput.ReadToEnd().Trim().Split(' ');
        process.WaitForExit();
        return (long.Parse(answer[0], CultureInfo.InvariantCulture), long.Parse(answer[1], CultureInfo.InvariantCulture), int.Parse(answer[2], CultureInfo.InvariantCulture));
    }
}
