using System.Diagnostics;
using AlumniCrm.DataImport.Cli;
using Spectre.Console;

namespace AlumniCrm.DataImport.Import;

/// <summary>
/// Progress with rows per second and ETA: a Spectre.Console bar on a terminal, plain lines (every
/// 10 %) when the output is redirected or in CI, so logs stay readable.
/// </summary>
public static class ImportProgress
{
    public static async Task<T> RunAsync<T>(CliConsole console, int totalRows, Func<Action<int>, Task<T>> work)
    {
        var interactive = ReferenceEquals(console.Output, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return interactive ? await RichAsync(totalRows, work).ConfigureAwait(false) : await PlainAsync(console.Output, totalRows, work).ConfigureAwait(false);
    }

    private static async Task<T> RichAsync<T>(int totalRows, Func<Action<int>, Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Importing", maxValue: Math.Max(1, totalRows));
                return await work(rows =>
                {
                    var now = Interlocked.Add(ref done, rows);
                    task.Value = now;
                    task.Description = $"Importing ({now / Math.Max(0.001, clock.Elapsed.TotalSeconds):0} rows/s)";
                }).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    private static async Task<T> PlainAsync<T>(TextWriter output, int totalRows, Func<Action<int>, Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        var nextTenth = 1;
        var gate = new object();
        return await work(rows =>
        {
            var now = Interlocked.Add(ref done, rows);
            lock (gate)
            {
                while (totalRows > 0 && now * 10L >= nextTenth * (long)totalRows && nextTenth <= 10)
                {
                    var rate = now / Math.Max(0.001, clock.Elapsed.TotalSeconds);
                    var eta = rate > 0 ? TimeSpan.FromSeconds((totalRows - now) / rate) : TimeSpan.Zero;
                    output.WriteLine($"progress: {nextTenth * 10}% ({now:N0}/{totalRows:N0} rows, {rate:N0} rows/s, ETA {eta:hh\\:mm\\:ss})");
                    nextTenth++;
                }
            }
        }).ConfigureAwait(false);
    }
}
