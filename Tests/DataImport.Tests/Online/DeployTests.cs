using System.IO.Compression;
using AlumniCrm.DataImport.Cli;
using AlumniCrm.DataImport.Deployment;
using AlumniCrm.WebApiEmulator;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.DataImport.Tests.Online;

/// <summary>
/// <c>deploy</c> against an emulated environment right after the solution import: the steps whose
/// message ids Microsoft does not publish are registered by name (the emulator's ids for those
/// messages are fresh per environment, so nothing guessed could work), idempotently, and put in
/// the solution; then the product works as deployed.
/// </summary>
public class DeployTests
{
    private static readonly int DeclaredSteps = DeployTimeStep.Embedded().Count;

    [Fact]
    public async Task Deploy_registers_every_deploy_time_step_by_name_and_a_second_run_changes_nothing()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { Deployed = false });
        var before = harness.Emulator.Environment.Registrations.Steps.Count;
        Assert.DoesNotContain(harness.Emulator.Environment.Registrations.Steps, s => s.MessageName == "CreateMultiple");

        var run = harness.Run("deploy", "--environment", harness.Url);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Contains($"{DeclaredSteps} deploy-time steps: 0 up to date, {DeclaredSteps} created or updated, 0 refused", run.Output);
        Assert.Contains($"{DeclaredSteps} step(s) were added to {SolutionMembership.ProductSolution}", run.Output);
        var registrations = harness.Emulator.Environment.Registrations.Steps;
        Assert.Equal(before + DeclaredSteps, registrations.Count);
        Assert.Contains(registrations, s => s.MessageName == "AddMember" && s.PrimaryEntity == "list" && s.PluginType.Name.EndsWith("MarketingListGuardPlugin", StringComparison.Ordinal));
        var postImage = Assert.Single(registrations, s => s.MessageName == "CreateMultiple" && s.PrimaryEntity == "alm_qualification").Images.Single();
        Assert.Equal(("PostImage", "Ids"), (postImage.Alias, postImage.MessagePropertyName));
        Assert.Equal(DeclaredSteps, harness.Emulator.Environment.Store.All("solutioncomponent").Count);

        var again = harness.Run("deploy", "--environment", harness.Url);
        Assert.True(again.ExitCode == ExitCodes.Success, again.AllText);
        Assert.Contains($"{DeclaredSteps} deploy-time steps: {DeclaredSteps} up to date, 0 created or updated, 0 refused", again.Output);
        Assert.Contains("0 step(s) were added", again.Output);
        var check = harness.Run("deploy", "--check", "--environment", harness.Url);
        Assert.True(check.ExitCode == ExitCodes.Success, check.AllText);
        Assert.Equal(before + DeclaredSteps, harness.Emulator.Environment.Registrations.Steps.Count);
    }

    [Fact]
    public async Task After_deploy_an_import_runs_the_steps_it_registered()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { Deployed = false });
        Assert.Equal(ExitCodes.Success, harness.Run("deploy", "--environment", harness.Url).ExitCode);
        harness.Emulator.Environment.Seed(new Entity("alm_network")
        {
            ["alm_name"] = "Institution network",
            ["alm_autoenrol"] = true,
            ["alm_networkstatus"] = new OptionSetValue(842100000),
        });

        var run = harness.Import(harness.WriteSample(30));

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        // Statuses and memberships come from QualificationChangedPlugin on CreateMultiple — a deploy-time step.
        Assert.Contains(harness.Emulator.Environment.Store.All("contact"), c => c.Contains("alm_alumnistatus"));
        Assert.NotEmpty(harness.Emulator.Environment.Store.All("alm_networkmembership"));
    }

    [Fact]
    public async Task Check_on_a_fresh_environment_says_what_deploying_would_do_and_changes_nothing()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { Deployed = false });
        var before = harness.Emulator.Environment.Registrations.Steps.Count;

        var run = harness.Run("deploy", "--check", "--environment", harness.Url);

        Assert.Equal(ExitCodes.RowErrors, run.ExitCode);
        Assert.Contains("would create", run.Output);
        Assert.Contains($"{DeclaredSteps} deploy-time steps: 0 up to date, {DeclaredSteps} to create or update, 0 refused", run.Output);
        Assert.Equal(before, harness.Emulator.Environment.Registrations.Steps.Count);
        Assert.Empty(harness.Emulator.Environment.Store.All("solutioncomponent"));
    }

    [Fact]
    public async Task In_a_managed_environment_the_steps_go_into_an_unmanaged_holding_solution()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { Deployed = false, SolutionIsManaged = true });

        var run = harness.Run("deploy", "--environment", harness.Url);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Contains($"{SolutionMembership.ProductSolution} is managed here, so the steps belong to the unmanaged solution {SolutionMembership.HoldingSolution}", run.Output);
        var holding = Assert.Single(harness.Emulator.Environment.Store.All("solution"), s => (string?)s["uniquename"] == SolutionMembership.HoldingSolution);
        Assert.All(harness.Emulator.Environment.Store.All("solutioncomponent"), c => Assert.Equal(holding.Id, c.GetAttributeValue<EntityReference>("solutionid").Id));
        Assert.Equal(DeclaredSteps, harness.Emulator.Environment.Store.All("solutioncomponent").Count);
    }

    [Fact]
    public async Task A_message_that_allows_no_custom_step_is_refused_by_name_and_the_rest_is_registered()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions
        {
            Deployed = false,
            MessagesWithoutCustomSteps = new HashSet<(string, string)> { ("CopyMembers", "list") },
        });

        var run = harness.Run("deploy", "--environment", harness.Url);

        Assert.Equal(ExitCodes.EnvironmentNotReady, run.ExitCode);
        Assert.Contains("REFUSED      AlumniCrm.Plugins.Steps.MarketingListGuardPlugin: CopyMembers of list — CopyMembers of list does not allow custom plug-in steps in this environment", run.Output);
        Assert.Contains($"{DeclaredSteps - 1} created or updated, 1 refused", run.Output);
        Assert.DoesNotContain(harness.Emulator.Environment.Registrations.Steps, s => s.MessageName == "CopyMembers");
    }

    [Fact]
    public async Task Deploy_imports_the_package_first_and_waits_for_the_import()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { Deployed = false });
        var package = harness.Folder.File("AlumniCrm_managed.zip");
        var manifest = File.ReadAllText(Path.Combine(ProductEnvironment.SolutionFolder, "Other", "Solution.xml")).Replace("<Managed>2</Managed>", "<Managed>0</Managed>", StringComparison.Ordinal);
        using (var zip = ZipFile.Open(package, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("solution.xml").Open())) writer.Write(manifest);
            using (var writer = new StreamWriter(zip.CreateEntry("customizations.xml").Open())) writer.Write("<ImportExportXml />");
        }

        var run = harness.Run("deploy", "--package", package, "--environment", harness.Url);

        Assert.True(run.ExitCode == ExitCodes.Success, run.AllText);
        Assert.Contains("The solution is imported.", run.Output);
        Assert.Equal("1.0.0.0", (string?)Assert.Single(harness.Emulator.Environment.Store.All("solution"), s => (string?)s["uniquename"] == "AlumniCrm")["version"]);
    }

    [Fact]
    public async Task An_unreadable_step_folder_is_a_clear_input_error()
    {
        await using var harness = new OnlineHarness(new EmulatorOptions { Deployed = false });
        var folder = Directory.CreateDirectory(harness.Folder.File("steps")).FullName;
        File.WriteAllText(Path.Combine(folder, "{00000000-0000-4000-8000-000000000001}.xml"), "<SdkMessageProcessingStep SdkMessageProcessingStepId=\"{00000000-0000-4000-8000-000000000001}\"><SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId></SdkMessageProcessingStep>");

        var run = harness.Run("deploy", "--steps", folder, "--environment", harness.Url);

        Assert.Equal(ExitCodes.InputUnreadable, run.ExitCode);
        Assert.Contains("names its message (SdkMessageName), never an id", run.Error);
    }
}
