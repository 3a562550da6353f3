using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests;

public sealed class SolutionLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imdv-" + Guid.NewGuid().ToString("N"));

    public SolutionLoaderTests()
    {
        CopyDirectory(TestEnvironments.SolutionFolder, _folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_unknown_sdk_message_id_fails_loading_loudly_unless_mapped()
    {
        var unknown = Guid.NewGuid();
        var step = Path.Combine(_folder, "SdkMessageProcessingSteps", "{a1000000-0000-4000-8000-000000000009}.xml");
        File.WriteAllText(step, File.ReadAllText(step).Replace("20bebb1b-ea3e-db11-86a7-000a3a5473e8", unknown.ToString()));

        var error = Assert.Throws<InvalidDataException>(() => new InMemoryDataverseEnvironment().LoadSolution(_folder, typeof(SolutionLoaderTests).Assembly));
        Assert.Contains(unknown.ToString(), error.Message);

        var env = new InMemoryDataverseEnvironment().MapSdkMessageId(unknown, "Update").LoadSolution(_folder, typeof(SolutionLoaderTests).Assembly);
        Assert.Equal(10, env.Registrations.Steps.Count);
    }

    [Fact]
    public void A_step_on_a_request_name_is_refused_with_the_pipelines_message_name()
    {
        // AddMemberListRequest runs as the message AddMember: a step on "AddMemberList" would never fire in Dataverse.
        var deployTime = Path.Combine(_folder, "deploy");
        Directory.CreateDirectory(deployTime);
        var step = File.ReadAllText(Path.Combine(_folder, "SdkMessageProcessingSteps", "{a1000000-0000-4000-8000-000000000009}.xml"))
            .Replace("<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", "<SdkMessageName>AddMemberList</SdkMessageName>")
            .Replace("a1000000-0000-4000-8000-000000000009", "a1000000-0000-4000-8000-0000000000f1");
        File.WriteAllText(Path.Combine(deployTime, "{a1000000-0000-4000-8000-0000000000f1}.xml"), step);

        var error = Assert.Throws<InvalidOperationException>(() =>
            new InMemoryDataverseEnvironment().LoadDeployedSolution(_folder, deployTime, typeof(SolutionLoaderTests).Assembly));

        Assert.Contains("'AddMemberList' is a request name; the pipeline's message (what steps register on) is 'AddMember'", error.Message);
    }

    [Fact]
    public void Deploy_time_steps_name_their_message_and_load_beside_the_solution()
    {
        var deployTime = Path.Combine(_folder, "deploy");
        Directory.CreateDirectory(deployTime);
        var step = File.ReadAllText(Path.Combine(_folder, "SdkMessageProcessingSteps", "{a1000000-0000-4000-8000-000000000009}.xml"))
            .Replace("<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>", "<SdkMessageName>UpdateMultiple</SdkMessageName>")
            .Replace("a1000000-0000-4000-8000-000000000009", "a1000000-0000-4000-8000-0000000000f2");
        File.WriteAllText(Path.Combine(deployTime, "{a1000000-0000-4000-8000-0000000000f2}.xml"), step);

        var env = new InMemoryDataverseEnvironment().LoadDeployedSolution(_folder, deployTime, typeof(SolutionLoaderTests).Assembly);

        Assert.Equal(11, env.Registrations.Steps.Count);
        Assert.Contains(env.Registrations.Steps, s => s.MessageName == "UpdateMultiple");
        var withId = step.Replace("<SdkMessageName>UpdateMultiple</SdkMessageName>", "<SdkMessageId>20bebb1b-ea3e-db11-86a7-000a3a5473e8</SdkMessageId>");
        File.WriteAllText(Path.Combine(deployTime, "{a1000000-0000-4000-8000-0000000000f2}.xml"), withId);
        Assert.Throws<InvalidDataException>(() => new InMemoryDataverseEnvironment().LoadDeployedSolution(_folder, deployTime, typeof(SolutionLoaderTests).Assembly));
    }

    [Fact]
    public void The_locator_finds_the_nearest_solution_folder_upwards()
    {
        var nested = Path.Combine(_folder, "bin", "Debug");
        Directory.CreateDirectory(nested);

        Assert.Equal(_folder, Registrations.SolutionLocator.Find(Path.GetFileName(_folder), nested));
        Assert.Throws<DirectoryNotFoundException>(() => Registrations.SolutionLocator.Find("no-such-solution-folder", nested));
    }

    [Fact]
    public void A_step_whose_plugin_type_is_not_in_the_assembly_fails_loading()
    {
        var data = Directory.GetFiles(Path.Combine(_folder, "PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories).Single();
        File.WriteAllText(data, File.ReadAllText(data).Replace("Name=\"AlumniCrm.LocalDataverse.Tests.Plugins.ImageEchoPlugin\"", "Name=\"Missing.Plugin\""));

        var error = Assert.Throws<InvalidOperationException>(() => new InMemoryDataverseEnvironment().LoadSolution(_folder, typeof(SolutionLoaderTests).Assembly));
        Assert.Contains("Missing.Plugin", error.Message);
    }

    [Fact]
    public void Steps_need_the_assembly_that_holds_their_plugin_types()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new InMemoryDataverseEnvironment().LoadSolution(_folder, typeof(InMemoryDataverseEnvironment).Assembly));
        Assert.Contains("InMemoryDataverse.Tests", error.Message);
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target));
        }
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target));
        }
    }
}

public class SolutionManyToManyTests
{
    [Fact]
    public void Many_to_many_relationships_are_read_from_the_solution_relationship_files()
    {
        var env = TestEnvironments.WithTestSolution();
        var service = env.CreateService();
        var network = service.Create(new Entity("tst_network") { ["name"] = "Shipping alumni" });
        var programme = service.Create(new Entity("tst_programme") { ["name"] = "Shipping and logistics" });

        service.Associate("tst_network", network, new Relationship("tst_network_programme_fromsolution"),
            new EntityReferenceCollection { new EntityReference("tst_programme", programme) });

        var row = Assert.Single(env.Store.All("tst_network_programme_fromsolution"));
        Assert.Equal(network, row["tst_networkid"]);
        Assert.Equal(programme, row["tst_programmeid"]);
        Assert.Null(env.Schema.FindManyToMany("tst_network_owner"));
    }
}
