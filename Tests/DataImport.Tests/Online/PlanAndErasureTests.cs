using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.DataImport.Tests.Online;

public sealed class PlanAndErasureTests
{
    [Fact]
    public async Task Plan_reports_new_people_programmes_and_expected_enrolments_and_writes_nothing()
    {
        await using var harness = new OnlineHarness(arrange: environment =>
            environment.Seed(new Entity("alm_network") { ["alm_name"] = "All alumni", ["alm_autoenrol"] = true, ["alm_networkstatus"] = new OptionSetValue(842100000) }));
        var file = harness.WriteSample(200);
        var planPath = harness.Folder.File("plan.json");

        var run = harness.Run("plan", file, "--environment", harness.Url, "--report", planPath);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Equal(0, harness.Count("contact"));
        Assert.Equal(0, harness.Emulator.Statistics.WriteRequestsCommitted - harness.Emulator.Statistics.Count("Action alm_FindSuppressedIdentifiers"));
        var plan = JsonDocument.Parse(File.ReadAllText(planPath)).RootElement;
        var newPeople = plan.GetProperty("people").GetProperty("created").GetInt32();
        Assert.True(newPeople > 150);
        Assert.True(plan.GetProperty("programmes").GetProperty("created").GetInt32() > 0);
        var expected = plan.GetProperty("expectedEnrolments").GetInt32();
        Assert.True(expected > 0 && expected <= newPeople, $"{expected} of {newPeople}");

        // The import then does what the plan said: the plugins enrol exactly the expected people.
        Assert.Equal(ExitCodes.Success, harness.Import(file).ExitCode);
        Assert.Equal(newPeople, harness.Count("contact"));
        Assert.Equal(expected, harness.Count("alm_networkmembership"));

        var replan = harness.Run("plan", file, "--environment", harness.Url, "--report", planPath);
        Assert.Equal(ExitCodes.Success, replan.ExitCode);
        var second = JsonDocument.Parse(File.ReadAllText(planPath)).RootElement;
        Assert.Equal(newPeople, second.GetProperty("people").GetProperty("unchanged").GetInt32());
        Assert.Equal(0, second.GetProperty("expectedEnrolments").GetInt32());
    }

    [Fact]
    public async Task Plan_lists_possible_duplicates_by_row()
    {
        await using var harness = new OnlineHarness();
        var file = harness.Folder.Write("dups.csv", string.Join("\n",
            FsCsv.Header,
            FsCsv.Row(("studentnr", "100001"), ("personlopenr", "2000001")),
            FsCsv.Row(("studentnr", "100002"), ("personlopenr", "2000002"), ("emailadresse_privat", "other@example.no"), ("mobiltlf", "92345678"))) + "\n");

        var run = harness.Run("plan", file, "--environment", harness.Url);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Contains("row 2 and row 1", run.Output);
    }

    [Fact]
    public async Task An_erased_person_is_planned_as_skipped_and_never_recreated()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(120);
        Assert.Equal(ExitCodes.Success, harness.Import(file).ExitCode);
        var service = harness.Emulator.Environment.CreateService();
        var erased = harness.Emulator.Environment.Store.All("contact")[0];
        var studentNumber = erased.GetAttributeValue<string>("alm_fsstudentnumber");
        service.Execute(new OrganizationRequest("alm_ErasePerson") { ["ContactId"] = erased.ToEntityReference() });
        Assert.DoesNotContain(harness.Emulator.Environment.Store.All("contact"), c => c.GetAttributeValue<string>("alm_fsstudentnumber") == studentNumber);
        var planPath = harness.Folder.File("plan.json");

        var plan = harness.Run("plan", file, "--environment", harness.Url, "--report", planPath);
        var import = harness.Import(file);

        Assert.Equal(ExitCodes.Success, plan.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(File.ReadAllText(planPath)).RootElement.GetProperty("erasedPeopleSkipped").GetInt32());
        Assert.True(import.ExitCode == ExitCodes.Success, import.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        Assert.True(report.GetProperty("rowsSkippedAsErased").GetInt32() >= 1);
        Assert.Equal(0, report.GetProperty("people").GetProperty("created").GetInt32());
        Assert.DoesNotContain(harness.Emulator.Environment.Store.All("contact"), c => c.GetAttributeValue<string>("alm_fsstudentnumber") == studentNumber);
    }

    [Fact]
    public async Task Rows_the_environment_refuses_are_reported_by_file_row_and_the_rest_go_in()
    {
        // Without an active alumni definition the plugins refuse every qualification: each refusal must name its file row.
        await using var harness = new OnlineHarness(withAlumniDefinition: false);
        var file = harness.WriteSample(150);

        var run = harness.Import(file, "--batch-size", "100");

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        var failures = report.GetProperty("failures").EnumerateArray().ToList();
        Assert.Equal(150, failures.Select(f => f.GetProperty("rowNumber").GetInt32()).Distinct().Count());
        Assert.All(failures, f => Assert.Equal("alm_qualification", f.GetProperty("table").GetString()));
        Assert.Contains("row 1: alm_qualification refused", run.Output);
        // A bulk message is all or nothing: the refused requests were split into $batch to find the rows.
        Assert.True(harness.Emulator.Statistics.Count("$batch") > 0);
        Assert.Equal(842100002, harness.Emulator.Environment.Store.All("alm_importrun")[0].GetAttributeValue<OptionSetValue>("alm_importstatus").Value);
    }

    [Fact]
    public async Task Invalid_rows_are_reported_and_the_valid_rows_are_imported()
    {
        await using var harness = new OnlineHarness();
        var file = harness.WriteSample(300, badShare: 0.1);

        var run = harness.Import(file);

        Assert.True(run.ExitCode == ExitCodes.PartiallyImported, run.AllText);
        var report = JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;
        var rejected = report.GetProperty("rowsRejectedByValidation").GetInt32();
        Assert.True(rejected > 0);
        Assert.All(report.GetProperty("validationErrors").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("column").GetString())));
        Assert.True(harness.Count("alm_qualification") > 0);
    }
}
