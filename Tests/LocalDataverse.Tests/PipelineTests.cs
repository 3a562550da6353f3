using AlumniCrm.LocalDataverse.Faults;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Tests.Plugins;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class PipelineTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.WithTestSolution();
    private readonly IOrganizationService _service;

    public PipelineTests() => _service = _env.CreateService();

    private IEnumerable<string> TracesOf<TPlugin>() => _env.PluginExecutions.Of<TPlugin>().Select(e => e.Trace);

    [Fact]
    public void Steps_are_read_from_the_solution_folder()
    {
        Assert.Equal(10, _env.Registrations.Steps.Count);
        var images = _env.Registrations.Steps.Single(s => s.PluginType.ClrType == typeof(ImageEchoPlugin));
        Assert.Equal("Update", images.MessageName);
        Assert.Equal(new[] { "name", "accountnumber" }, images.FilteringAttributes);
        Assert.Equal(new[] { "pre", "post" }, images.Images.Select(i => i.Alias));
        Assert.NotNull(_env.Registrations.FindCustomApi("tst_Echo"));
    }

    [Fact]
    public void A_pre_operation_change_to_the_target_is_stored_and_shared_variables_reach_post_operation()
    {
        var id = _service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Equal("stamped in pre-operation", _env.Store.Get("account", id)!["description"]);
        var note = Assert.Single(_env.Store.All("tst_note"));
        Assert.Equal(nameof(StampPreOperationPlugin), note["subject"]);
        Assert.Equal(id, note.GetAttributeValue<EntityReference>("regardingobjectid").Id);
        Assert.Equal(1, note["depth"]);
        Assert.Equal(2, _env.Requests.All.Single(r => r.Table == "tst_note").Depth);
    }

    [Fact]
    public void Plugin_changes_to_the_target_never_reach_the_callers_object()
    {
        var account = new Entity("account") { ["name"] = "Caller's copy" };

        _service.Create(account);

        Assert.False(account.Contains("description"));
        Assert.Equal(Guid.Empty, account.Id);
    }

    [Fact]
    public void Stages_run_in_order_and_rank_orders_steps_within_a_stage()
    {
        _service.Create(new Entity("contact") { ["lastname"] = "Nordmann" });

        Assert.Equal(
            new[] { "validate stage=10 transaction=False", "pre-rank-1 stage=20 transaction=True", "pre-rank-2 stage=20 transaction=True", "post stage=40 transaction=True" },
            TracesOf<StageTracePlugin>());
    }

    [Fact]
    public void Images_hold_the_row_before_and_after_limited_to_their_columns()
    {
        var id = _service.Create(new Entity("account") { ["name"] = "Old name", ["telephone1"] = "123" });

        _service.Update(new Entity("account", id) { ["name"] = "New name" });

        Assert.Equal($"pre[accountid,name] Old name -> post[{PostColumns()}] New name", Assert.Single(TracesOf<ImageEchoPlugin>()));
    }

    private string PostColumns() =>
        string.Join(",", _env.Store.All("account").Single().Attributes.Keys.OrderBy(k => k, StringComparer.Ordinal));

    [Fact]
    public void Filtering_attributes_skip_updates_that_do_not_touch_them()
    {
        var id = _service.Create(new Entity("account") { ["name"] = "A" });

        _service.Update(new Entity("account", id) { ["telephone1"] = "555" });
        Assert.Empty(TracesOf<ImageEchoPlugin>());

        _service.Update(new Entity("account", id) { ["accountnumber"] = "N-1" });
        Assert.Single(TracesOf<ImageEchoPlugin>());
    }

    [Fact]
    public void A_plugin_exception_rolls_back_the_whole_operation_including_nested_writes()
    {
        var fault = TestEnvironments.Fault(() => _service.Create(new Entity("account") { ["name"] = "boom corp" }));

        Assert.Equal("Rejected by the test solution: boom corp", fault.Message);
        Assert.Equal(ErrorCodes.PluginAbortedOperation, fault.ErrorCode);
        Assert.Contains("checking boom corp", fault.TraceText);
        Assert.Empty(_env.Store.All("account"));
        Assert.Empty(_env.Store.All("tst_note"));
        // The post-operation note plugin did run (and its write was undone) before the rejecting step of rank 2.
        Assert.Single(_env.PluginExecutions.Of<CreateNotePostOperationPlugin>());
        Assert.Empty(_env.AsyncJobs.All);
    }

    [Fact]
    public void Secure_configuration_reaches_the_plugin_constructor()
    {
        _env.SetSecureConfiguration(Guid.Parse("a1000000-0000-4000-8000-000000000003"), "secret");

        var fault = TestEnvironments.Fault(() => _service.Create(new Entity("account") { ["name"] = "boom" }));

        Assert.Equal("Rejected by the test solution (secret): boom", fault.Message);
    }

    [Fact]
    public void The_depth_limit_stops_an_infinite_loop_and_rolls_it_back()
    {
        var id = _service.Create(new Entity("tst_counter") { ["value"] = 0 });

        var fault = TestEnvironments.Fault(() => _service.Update(new Entity("tst_counter", id) { ["value"] = 1 }));

        Assert.Equal(ErrorCodes.InfiniteLoopDetected, fault.ErrorCode);
        Assert.Equal(0, _env.Store.Get("tst_counter", id)!["value"]);
        Assert.Equal(8, _env.PluginExecutions.Of<RecursiveIncrementPlugin>().Max(e => e.Depth));
        Assert.Equal(9, _env.Requests.All.Max(r => r.Depth));
    }

    [Fact]
    public void A_plugin_that_swallows_a_nested_plugin_failure_still_fails_its_operation()
    {
        _env.RegisterStep(typeof(SwallowingPlugin), "Create", "lead", StepStage.PostOperation);

        var fault = TestEnvironments.Fault(() => _service.Create(new Entity("lead")));

        Assert.Equal(ErrorCodes.NoActiveTransaction, fault.ErrorCode);
        Assert.Contains("boom from a plugin", fault.Message);
        Assert.Empty(_env.Store.All("lead"));
    }

    [Fact]
    public void A_step_on_Create_runs_for_each_item_of_a_CreateMultiple()
    {
        _env.RegisterStep(typeof(MessageShapePlugin), "Create", "tst_item", StepStage.PreOperation);
        var targets = new EntityCollection(new List<Entity> { new("tst_item") { ["name"] = "one" }, new("tst_item") { ["name"] = "two" } }) { EntityName = "tst_item" };

        _service.Execute(new CreateMultipleRequest { Targets = targets });

        Assert.Equal(new[] { "Create Target one stage 20", "Create Target two stage 20" }, TracesOf<MessageShapePlugin>());
        Assert.All(_env.Store.All("tst_item"), row => Assert.Equal(true, row["tst_touched"]));
    }

    [Fact]
    public void A_step_on_CreateMultiple_runs_for_a_single_Create()
    {
        _env.RegisterStep(typeof(MessageShapePlugin), "CreateMultiple", "tst_item", StepStage.PostOperation);

        _service.Create(new Entity("tst_item") { ["name"] = "solo" });
        _service.Execute(new CreateMultipleRequest { Targets = new EntityCollection(new List<Entity> { new("tst_item"), new("tst_item") }) { EntityName = "tst_item" } });

        Assert.Equal(new[] { "CreateMultiple Targets 1 stage 40", "CreateMultiple Targets 2 stage 40" }, TracesOf<MessageShapePlugin>());
    }

    [Fact]
    public void Upsert_runs_the_create_or_update_pipeline_of_the_row()
    {
        _env.DeclareAlternateKey("account", "tst_account_accountnumber", "accountnumber");

        _service.Execute(new UpsertRequest { Target = new Entity("account", "accountnumber", "U-1") { ["name"] = "first" } });
        _service.Execute(new UpsertRequest { Target = new Entity("account", "accountnumber", "U-1") { ["name"] = "second" } });

        Assert.Single(_env.Store.All("tst_note"));
        Assert.Equal("pre[accountid,name] first -> post[" + PostColumns() + "] second", Assert.Single(TracesOf<ImageEchoPlugin>()));
        Assert.Equal(2, _env.Requests.Count("Upsert", "account"));
        Assert.Equal(0, _env.Requests.Count("Create", "account"));
    }

    [Fact]
    public void Plugin_contexts_carry_the_callers_identity_and_the_chain()
    {
        var user = _env.Users.Add("Faculty officer");
        _env.CreateService(user).Create(new Entity("account") { ["name"] = "Fabrikam" });

        var note = _env.PluginExecutions.Of<CreateNotePostOperationPlugin>().Single();
        Assert.Equal(1, note.Depth);
        Assert.True(note.IsInTransaction);
        Assert.Equal(user, _env.Store.All("tst_note").Single().GetAttributeValue<EntityReference>("createdby").Id);
        Assert.True(_env.Requests.All.Single(r => r.MessageName == "Create" && r.Table == "tst_note").FromPlugin);
    }
}
