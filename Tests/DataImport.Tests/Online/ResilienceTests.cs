using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.WebApiEmulator.Simulation;

namespace AlumniCrm.DataImport.Tests.Online;

public sealed class ResilienceTests
{
    [Fact]
    public async Task Throttled_requests_wait_their_Retry_After_and_the_import_completes()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(400);
        harness.Emulator.Limit = new ServiceProtectionLimit(requestsPerWindow: 5, window: TimeSpan.FromSeconds(30));

        var run = harness.Import(file, "--batch-size", "100");

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        var throttled = harness.Emulator.Statistics.Throttled;
        Assert.True(throttled > 0);
        Assert.Equal(throttled, report.GetProperty("throttled").GetInt64());
        Assert.Equal(throttled, report.GetProperty("retries").GetInt64());
        // Every wait is a Retry-After the server sent: whole seconds within the window, never a guess.
        Assert.Equal(throttled, harness.Waits.Count);
        Assert.All(harness.Waits, wait => Assert.True(wait >= TimeSpan.FromSeconds(1) && wait <= TimeSpan.FromSeconds(30) && wait.TotalSeconds % 1 == 0, wait.ToString()));
        Assert.Equal(harness.Count("alm_qualification"), report.GetProperty("qualifications").GetProperty("created").GetInt32());
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_growing_jittered_backoff_and_nothing_is_lost_or_doubled()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(250);
        harness.Emulator.FailNextWrites(FaultKind.ServiceUnavailable, FaultKind.DropConnection, FaultKind.GatewayTimeout, FaultKind.DropAfterCommit);

        var run = harness.Import(file, "--batch-size", "100", "--max-parallel", "1");

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        Assert.Equal(4, report.GetProperty("transientFailures").GetInt64());
        Assert.Equal(4, report.GetProperty("retries").GetInt64());
        var waits = harness.Waits.ToList();
        Assert.Equal(4, waits.Count);
        Assert.True(waits[1] > TimeSpan.FromSeconds(0.9) && waits[2] > waits[0], string.Join(", ", waits));
        // The answer lost after a commit was sent again: upsert by key made that harmless.
        var contacts = harness.Emulator.Environment.Store.All("contact");
        Assert.Equal(contacts.Count, contacts.Select(c => c.GetAttributeValue<string>("alm_fsstudentnumber")).Distinct().Count());
        Assert.Equal(report.GetProperty("people").GetProperty("created").GetInt32(), contacts.Count);
    }

    [Fact]
    public async Task A_crash_mid_import_is_resumed_from_the_journal_with_nothing_lost_or_duplicated()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(600);
        using var crash = new CancellationTokenSource();
        // Writes: the run row, faculties, institutes, programmes, then per batch the erasure check, contacts, qualifications.
        // The run dies right after the server committed the second batch's contacts (that answer never arrives).
        harness.Emulator.CrashAfterWrites(9, crash.Cancel);

        var interrupted = harness.Run(crash.Token, "import", file, "--environment", harness.Url, "--batch-size", "100", "--max-parallel", "1");

        Assert.True(interrupted.ExitCode == ExitCodes.Interrupted, interrupted.AllText);
        Assert.Contains("--resume", interrupted.Error);
        Assert.True(File.Exists(file + ".import-journal"));
        var journalled = File.ReadAllLines(file + ".import-journal").Length - 1;
        Assert.Equal(2, journalled); // reference data and the first batch
        var before = harness.Count("contact");
        Assert.Equal(200, before); // the first two batches of 100 people, the second one not journalled

        var withoutResume = harness.Import(file, "--batch-size", "100");
        Assert.Equal(ExitCodes.UsageError, withoutResume.ExitCode);

        var resumed = harness.Import(file, "--batch-size", "100", "--resume");

        Assert.True(resumed.ExitCode == ExitCodes.Success, resumed.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        Assert.Equal(journalled, report.GetProperty("batchesResumedFromJournal").GetInt32());
        var contacts = harness.Emulator.Environment.Store.All("contact");
        var qualifications = harness.Emulator.Environment.Store.All("alm_qualification");
        Assert.Equal(contacts.Count, contacts.Select(c => c.GetAttributeValue<string>("alm_fsstudentnumber")).Distinct().Count());
        Assert.Equal(qualifications.Count, qualifications.Select(q => q.GetAttributeValue<string>("alm_sourcekey")).Distinct().Count());
        // Totals over both runs add up to the whole file: every person once, every qualification once.
        // (the batch whose answer was lost was committed but not journalled: the resumed run finds its rows unchanged)
        Assert.Equal(contacts.Count, report.GetProperty("people").GetProperty("created").GetInt32() + report.GetProperty("people").GetProperty("unchanged").GetInt32());
        Assert.False(File.Exists(file + ".import-journal"));

        var again = harness.Import(file, "--batch-size", "100");
        var second = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        Assert.Equal(0, second.GetProperty("people").GetProperty("created").GetInt32() + second.GetProperty("people").GetProperty("updated").GetInt32());
        Assert.Equal(0, second.GetProperty("qualifications").GetProperty("created").GetInt32() + second.GetProperty("qualifications").GetProperty("updated").GetInt32());
    }
}
