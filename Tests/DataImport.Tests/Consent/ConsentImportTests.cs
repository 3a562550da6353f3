using System.Text.Json;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Sample;
using AlumniCrm.DataImport.Tests.Online;
using AlumniCrm.DataImport.Tests.Support;
using AlumniCrm.LocalDataverse.Registrations;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.DataImport.Tests.Consent;

public sealed class ConsentImportTests
{
    private const int Granted = 842100000, Withdrawn = 842100001;
    private const int Newsletter = 842100000, Events = 842100001;
    private const int Email = 842100000, Sms = 842100001;
    private const int ConsentBasis = 842100000, ImportSource = 842100001;

    /// <summary>Kari says yes to the newsletter by e-mail; Ola says no to it and yes to events by SMS; Per gave no answers.</summary>
    private static string WriteFile(OnlineHarness harness)
    {
        const string consentHeader = ";samtykke_nyhetsbrev_epost;samtykke_arrangement_sms;samtykke_dato;samtykke_versjon";
        string Person(string student, string personNumber, string first, string last, string email, string mobile, string answers) =>
            FsCsv.Row(("studentnr", student), ("personlopenr", personNumber), ("fornavn", first), ("etternavn", last),
                ("emailadresse_privat", email), ("mobiltlf", mobile)) + answers;
        var content = FsCsv.Header + consentHeader + "\n"
            + Person("300001", "5000001", "Kari", "Nordmann", "kari.nordmann@example.no", "91111111", ";J;;01.03.2024;registrering-2024-1") + "\n"
            + Person("300002", "5000002", "Ola", "Heggelund", "ola.heggelund@example.no", "92222222", ";N;J;02.03.2024;registrering-2024-1") + "\n"
            + Person("300003", "5000003", "Per", "Brekke", "per.brekke@example.no", "93333333", ";;;;") + "\n";
        var path = harness.Folder.File("survey-graduates.csv");
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    private static JsonElement Report(string file) => JsonDocument.Parse(File.ReadAllText(file + ".import-report.json")).RootElement;

    private static Entity ContactOf(OnlineHarness harness, string student) =>
        harness.Emulator.Environment.Store.All("contact").Single(c => c.GetAttributeValue<string>("alm_fsstudentnumber") == student);

    [Fact]
    public async Task Answers_become_ledger_rows_with_source_import_and_evidence_that_names_only_file_and_row()
    {
        await using var harness = new OnlineHarness();
        var file = WriteFile(harness);

        var run = harness.Import(file);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        var rows = harness.Emulator.Environment.Store.All("alm_consent");
        Assert.Equal(3, rows.Count);
        Assert.Equal(3, Report(file).GetProperty("consents").GetProperty("created").GetInt32());
        Assert.Equal(1, harness.Emulator.Statistics.Count("CreateMultiple alm_consent"));

        var ola = ContactOf(harness, "300002");
        var olaNewsletter = Assert.Single(rows, r => r.GetAttributeValue<EntityReference>("alm_contactid").Id == ola.Id && r.GetAttributeValue<OptionSetValue>("alm_purpose").Value == Newsletter);
        Assert.Equal(Email, olaNewsletter.GetAttributeValue<OptionSetValue>("alm_channel").Value);
        Assert.Equal(Withdrawn, olaNewsletter.GetAttributeValue<OptionSetValue>("alm_consentstatus").Value);
        Assert.Equal(ConsentBasis, olaNewsletter.GetAttributeValue<OptionSetValue>("alm_lawfulbasis").Value);
        Assert.Equal(ImportSource, olaNewsletter.GetAttributeValue<OptionSetValue>("alm_source").Value);
        Assert.Equal("registrering-2024-1", olaNewsletter.GetAttributeValue<string>("alm_statementversion"));
        Assert.Equal(new DateTime(2024, 3, 2, 0, 0, 0, DateTimeKind.Utc), olaNewsletter.GetAttributeValue<DateTime>("alm_validfrom"));
        var olaEvents = Assert.Single(rows, r => r.GetAttributeValue<EntityReference>("alm_contactid").Id == ola.Id && r.GetAttributeValue<OptionSetValue>("alm_purpose").Value == Events);
        Assert.Equal((Sms, Granted), (olaEvents.GetAttributeValue<OptionSetValue>("alm_channel").Value, olaEvents.GetAttributeValue<OptionSetValue>("alm_consentstatus").Value));

        var kari = ContactOf(harness, "300001");
        var kariNewsletter = Assert.Single(rows, r => r.GetAttributeValue<EntityReference>("alm_contactid").Id == kari.Id);
        Assert.Equal(Granted, kariNewsletter.GetAttributeValue<OptionSetValue>("alm_consentstatus").Value);
        var evidence = kariNewsletter.GetAttributeValue<string>("alm_evidence");
        Assert.Contains("survey-graduates.csv", evidence);
        Assert.Contains("row 1", evidence);
        foreach (var personal in new[] { "Kari", "Nordmann", "300001", "5000001", "kari.nordmann", "91111111", "15.03.1995" })
        {
            Assert.DoesNotContain(personal, evidence, StringComparison.OrdinalIgnoreCase);
        }

        // The registered plugins kept the flags: a "no" to the newsletter leaves no marketing allowed for Ola;
        // Kari's "yes" keeps marketing and bulk e-mail open. Per has no ledger rows, so nothing was computed for him.
        Assert.True(ContactOf(harness, "300002").GetAttributeValue<bool>("donotsendmm"));
        Assert.False(ContactOf(harness, "300002").GetAttributeValue<bool>("donotemail"));
        Assert.False(ContactOf(harness, "300001").GetAttributeValue<bool>("donotsendmm"));
        Assert.False(ContactOf(harness, "300001").GetAttributeValue<bool>("donotbulkemail"));
    }

    [Fact]
    public async Task Plan_counts_the_rows_an_import_would_create_and_a_second_run_creates_none()
    {
        await using var harness = new OnlineHarness();
        var file = WriteFile(harness);
        var planPath = harness.Folder.File("plan.json");

        Assert.Equal(ExitCodes.Success, harness.Run("plan", file, "--environment", harness.Url, "--report", planPath).ExitCode);
        var plan = JsonDocument.Parse(File.ReadAllText(planPath)).RootElement.GetProperty("consents");
        Assert.Equal((3, 0), (plan.GetProperty("created").GetInt32(), plan.GetProperty("unchanged").GetInt32()));
        Assert.Equal(0, harness.Count("alm_consent"));

        Assert.Equal(ExitCodes.Success, harness.Import(file).ExitCode);
        var second = harness.Import(file);

        Assert.True(second.ExitCode == ExitCodes.Success, second.AllText);
        Assert.Equal(3, harness.Count("alm_consent"));
        var consents = Report(file).GetProperty("consents");
        Assert.Equal((0, 3), (consents.GetProperty("created").GetInt32(), consents.GetProperty("unchanged").GetInt32()));
        Assert.Equal(1, harness.Emulator.Statistics.Count("CreateMultiple alm_consent"));

        Assert.Equal(ExitCodes.Success, harness.Run("plan", file, "--environment", harness.Url, "--report", planPath).ExitCode);
        var replan = JsonDocument.Parse(File.ReadAllText(planPath)).RootElement.GetProperty("consents");
        Assert.Equal((0, 3), (replan.GetProperty("created").GetInt32(), replan.GetProperty("unchanged").GetInt32()));
    }

    [Fact]
    public async Task A_refused_consent_row_is_reported_by_file_row_without_the_persons_name_and_the_others_go_in()
    {
        await using var harness = new OnlineHarness(arrange: environment =>
            environment.RegisterStep(typeof(RefuseSmsConsentPlugin), "Create", "alm_consent", StepStage.PreValidation));
        var file = WriteFile(harness);

        var run = harness.Import(file);

        Assert.True(run.ExitCode == ExitCodes.PartiallyImported, run.AllText);
        Assert.Equal(2, harness.Count("alm_consent"));
        var report = Report(file);
        Assert.Equal((2, 1), (report.GetProperty("consents").GetProperty("created").GetInt32(), report.GetProperty("consents").GetProperty("failed").GetInt32()));
        var failure = Assert.Single(report.GetProperty("failures").EnumerateArray());
        Assert.Equal((2, "alm_consent"), (failure.GetProperty("rowNumber").GetInt32(), failure.GetProperty("table").GetString()));
        Assert.Contains("SMS consents are not accepted", failure.GetProperty("reason").GetString());
        Assert.Contains("row 2: alm_consent refused", run.Output);
        var reportText = File.ReadAllText(file + ".import-report.json");
        Assert.DoesNotContain("Heggelund", reportText + run.AllText);
    }

    [Fact]
    public async Task A_sample_with_consent_answers_imports_them_and_no_identity_number_appears_anywhere()
    {
        await using var harness = new OnlineHarness();
        var file = harness.Folder.File("sample-consent.csv");
        var manifest = new SampleGenerator(new SampleSettings(150, BadShare: 0, Seed: 4, IncludeNationalIdentityNumbers: true, IncludeConsentAnswers: true))
            .Write(new StreamWriter(file, false, new System.Text.UTF8Encoding(false)) { AutoFlush = true });

        var run = harness.Import(file);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        var created = Report(file).GetProperty("consents").GetProperty("created").GetInt32();
        Assert.True(created > 50, $"{created} consent rows from 150 rows");
        Assert.Equal(created, harness.Count("alm_consent"));
        var everything = run.AllText + File.ReadAllText(file + ".import-report.json")
            + string.Join("\n", harness.Emulator.Environment.Store.All("alm_consent").Select(r => r.GetAttributeValue<string>("alm_evidence") + r.GetAttributeValue<string>("alm_name")))
            + string.Join("\n", harness.Emulator.Environment.Store.All("alm_importrun").Select(r => r.GetAttributeValue<string>("alm_report")));
        Assert.NotEmpty(manifest.NationalIdentityNumbers);
        foreach (var number in manifest.NationalIdentityNumbers)
        {
            Assert.DoesNotContain(number, everything);
        }
    }
}
