using System.Text.Json;
using AlumniCrm.DataImport.Cli;

namespace AlumniCrm.DataImport.Tests.Online;

public sealed class ImportHappyPathTests
{
    [Fact]
    public async Task Import_creates_reference_data_people_and_qualifications_in_bulk_with_few_requests()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(300);

        var run = harness.Import(file, "--batch-size", "100");

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        var people = report.GetProperty("people").GetProperty("created").GetInt32();
        var qualifications = report.GetProperty("qualifications").GetProperty("created").GetInt32();
        Assert.Equal(harness.Count("contact"), people);
        Assert.Equal(harness.Count("alm_qualification"), qualifications);
        var header = File.ReadLines(file).First().Split(';').ToList();
        var (student, programme) = (header.IndexOf("studentnr"), header.IndexOf("studieprogramkode"));
        var distinctQualifications = File.ReadLines(file).Skip(1).Select(l => l.Split(';')).Select(v => v[student] + ":" + v[programme]).Distinct().Count();
        Assert.Equal(distinctQualifications, qualifications);
        Assert.True(harness.Count("alm_studyprogramme") > 0);
        Assert.True(harness.Count("alm_faculty") > 0);

        // Bulk: new rows go as one CreateMultiple per table and batch (whose plugin steps run once per
        // batch), never one request per row.
        var stats = harness.Emulator.Statistics;
        Assert.Equal(3, stats.Count("CreateMultiple contact"));
        Assert.Equal(3, stats.Count("CreateMultiple alm_qualification"));
        Assert.Equal(0, stats.Count("UpsertMultiple alm_qualification"));
        Assert.Equal(0, stats.Count("Upsert contact"));
        Assert.True(stats.HttpRequests <= 300 / 10, $"{stats.HttpRequests} requests for 300 rows");
        Assert.Equal(stats.HttpRequests, report.GetProperty("requests").GetInt64());

        // The dashboard's member figure is refreshed once after the import (one alm_CountMembers call).
        Assert.Equal(1, stats.Count("Action alm_CountMembers"));
        var members = harness.Emulator.Environment.Store.All("alm_networkmembership")
            .Select(m => m.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("alm_contactid").Id).Distinct().Count();
        Assert.Equal(members, report.GetProperty("membersCounted").GetInt32());

        // Every qualification points at its person and programme.
        foreach (var qualification in harness.Emulator.Environment.Store.All("alm_qualification"))
        {
            Assert.NotNull(qualification.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("alm_contactid"));
            Assert.NotNull(qualification.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>("alm_studyprogrammeid"));
        }

        // The run is recorded in Dataverse, and the journal is gone.
        var runRow = Assert.Single(harness.Emulator.Environment.Store.All("alm_importrun"));
        Assert.Equal(842100001, runRow.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>("alm_importstatus").Value);
        Assert.Equal(qualifications, runRow.GetAttributeValue<int>("alm_rowscreated"));
        Assert.False(File.Exists(file + ".import-journal"));
        Assert.Contains("Run report:", run.Output);
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_the_second_time()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(250);
        var first = harness.Import(file);
        Assert.True(first.ExitCode == ExitCodes.Success, first.AllText);
        var contacts = harness.Count("contact");
        int DataWrites() => harness.Emulator.Statistics.ByOperation.Where(p => (p.Key.StartsWith("Upsert", StringComparison.Ordinal) || p.Key == "$batch") && !p.Key.EndsWith("alm_importrun", StringComparison.Ordinal)).Sum(p => p.Value);
        var writesBefore = DataWrites();

        var second = harness.Import(file);

        Assert.True(second.ExitCode == ExitCodes.Success, second.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        foreach (var table in new[] { "people", "qualifications", "referenceData" })
        {
            Assert.True(report.GetProperty(table).GetProperty("updated").GetInt32() == 0, table + ": " + report.GetProperty(table));
            Assert.Equal(0, report.GetProperty(table).GetProperty("created").GetInt32());
            Assert.Equal(0, report.GetProperty(table).GetProperty("updated").GetInt32());
        }

        Assert.Equal(harness.Count("alm_qualification"), report.GetProperty("qualifications").GetProperty("unchanged").GetInt32());
        Assert.Equal(contacts, harness.Count("contact"));
        // Nothing but the run row itself (create + close) was written the second time.
        Assert.Equal(writesBefore, DataWrites());
        Assert.Equal(2, harness.Count("alm_importrun"));
    }

    [Fact]
    public async Task A_table_without_bulk_messages_is_written_through_batch_as_the_environment_says()
    {
        await using var harness = new OnlineHarness(new AlumniCrm.WebApiEmulator.EmulatorOptions { TablesWithoutBulkMessages = new HashSet<string> { "contact" } });
        var file = harness.WriteSample(120);

        var run = harness.Import(file, "--batch-size", "100");

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Equal(0, harness.Emulator.Statistics.Count("CreateMultiple contact"));
        Assert.Equal(harness.Count("contact"), harness.Emulator.Statistics.Count("Upsert contact"));
        Assert.Equal(2, harness.Emulator.Statistics.Count("$batch"));
        Assert.Equal(2, harness.Emulator.Statistics.Count("CreateMultiple alm_qualification"));
        Assert.True(harness.Count("alm_qualification") > 100);
    }

    [Fact]
    public async Task Changed_rows_go_as_UpdateMultiple_by_primary_key_and_only_the_changed_ones()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(60);
        Assert.True(harness.Import(file).ExitCode == ExitCodes.Success);
        var lines = File.ReadAllLines(file, System.Text.Encoding.UTF8);
        var header = lines[0].Split(';');
        var surname = Array.FindIndex(header, h => h.Equals("etternavn", StringComparison.OrdinalIgnoreCase));
        Assert.True(surname >= 0, lines[0]);
        var changed = lines.Take(1).Concat(lines.Skip(1).Select((line, i) =>
        {
            if (i >= 5) return line;
            var cells = line.Split(';');
            cells[surname] += "-Hansen";
            return string.Join(';', cells);
        })).ToArray();
        File.WriteAllLines(file, changed, new System.Text.UTF8Encoding(false));

        var second = harness.Import(file);

        Assert.True(second.ExitCode == ExitCodes.Success, second.AllText);
        Assert.Equal(1, harness.Emulator.Statistics.Count("UpdateMultiple contact"));
        Assert.Equal(0, harness.Emulator.Statistics.Count("UpsertMultiple contact"));
        Assert.Equal(5, harness.Emulator.Environment.Store.All("contact").Count(c => (c.GetAttributeValue<string>("lastname") ?? "").EndsWith("-Hansen", StringComparison.Ordinal)));
    }
}
