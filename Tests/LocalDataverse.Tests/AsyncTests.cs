using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.LocalDataverse.Registrations;
using AlumniCrm.LocalDataverse.Tests.Plugins;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests;

public class AsyncTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.WithTestSolution();
    private readonly IOrganizationService _service;

    public AsyncTests() => _service = _env.CreateService();

    [Fact]
    public void Async_steps_run_after_the_commit_outside_the_transaction()
    {
        var id = _service.Create(new Entity("account") { ["name"] = "Northwind" });

        var job = Assert.Single(_env.AsyncJobs.All);
        Assert.Equal(AsyncJobStatus.Succeeded, job.Status);
        Assert.Equal(1, job.Context.Mode);
        Assert.Equal(id, job.Context.PrimaryEntityId);
        var audit = _env.PluginExecutions.Of<AsyncAuditPlugin>().Single();
        Assert.False(audit.IsInTransaction);
        Assert.Equal(StepMode.Asynchronous, audit.Mode);
        // It ran after every synchronous step of the operation.
        Assert.Equal(typeof(AsyncAuditPlugin).FullName, _env.PluginExecutions.All[^1].PluginType);
        Assert.Equal(id, Assert.Single(_env.Store.All("tst_audit"))["accountid"]);
    }

    [Fact]
    public void A_failing_async_step_does_not_fail_the_caller_and_is_recorded()
    {
        var id = _service.Create(new Entity("account") { ["name"] = "async-fail inc" });

        Assert.NotNull(_env.Store.Get("account", id));
        var job = Assert.Single(_env.AsyncJobs.Failed);
        Assert.Equal("The audit job failed on purpose.", job.Error);
        // Outside a transaction the audit row written before the failure stays, as it would in Dataverse.
        Assert.Single(_env.Store.All("tst_audit"));
    }

    [Fact]
    public void Manual_mode_queues_async_work_until_RunPendingAsync()
    {
        _env.AsyncExecution = AsyncExecution.Manual;

        _service.Create(new Entity("account") { ["name"] = "Queued" });

        Assert.Equal(AsyncJobStatus.Waiting, Assert.Single(_env.AsyncJobs.Pending).Status);
        Assert.Empty(_env.Store.All("tst_audit"));
        Assert.Equal(1, _env.RunPendingAsync());
        Assert.Single(_env.Store.All("tst_audit"));
        Assert.Empty(_env.AsyncJobs.Pending);
    }

    [Fact]
    public void A_rolled_back_operation_queues_no_async_work()
    {
        Assert.ThrowsAny<Exception>(() => _service.Create(new Entity("account") { ["name"] = "boom" }));

        Assert.Empty(_env.AsyncJobs.All);
    }
}
