using System.ServiceModel;
using AlumniCrm.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class RequestCountAndFaultInjectionTests
{
    [Fact]
    public void Every_request_is_counted_per_message_and_table_including_those_from_plugins()
    {
        var env = TestEnvironments.WithTestSolution();
        var service = env.CreateService();

        service.Create(new Entity("account") { ["name"] = "Counted" });
        service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet(false) });
        service.RetrieveMultiple(new QueryExpression("account") { ColumnSet = new ColumnSet(false) });

        Assert.Equal(1, env.Requests.Count("Create", "account"));
        Assert.Equal(1, env.Requests.Count("Create", "tst_note"));
        Assert.Equal(1, env.Requests.Count("Create", "tst_audit"));
        Assert.Equal(3, env.Requests.Count("Create"));
        Assert.Equal(2, env.Requests.ByMessage["RetrieveMultiple"]);
        Assert.Equal(2, env.Requests.FromPlugins.Count());

        env.Requests.Reset();
        Assert.Equal(0, env.Requests.Total);
    }

    [Fact]
    public void The_nth_matching_request_fails_with_the_injected_exception()
    {
        var env = TestEnvironments.Bare();
        var service = env.CreateService();
        env.Faults.FailNth(2, "Create", "lead", new TimeoutException("simulated timeout"));

        service.Create(new Entity("lead"));
        service.Create(new Entity("contact"));
        Assert.Throws<TimeoutException>(() => service.Create(new Entity("lead")));
        service.Create(new Entity("lead"));

        Assert.Equal(2, env.Store.All("lead").Count);
    }

    [Fact]
    public void The_next_request_fails_with_a_dataverse_fault_by_default()
    {
        var env = TestEnvironments.Bare();
        var service = env.CreateService();
        env.Faults.FailNext("RetrieveMultiple");

        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => service.RetrieveMultiple(new QueryExpression("lead")));
        service.RetrieveMultiple(new QueryExpression("lead"));

        Assert.Equal(FaultInjector.DefaultErrorCode, fault.Detail.ErrorCode);
        Assert.Equal(2, env.Requests.Count("RetrieveMultiple"));
    }

    [Fact]
    public void An_injected_fault_inside_a_plugin_rolls_back_the_caller()
    {
        var env = TestEnvironments.WithTestSolution();
        var service = env.CreateService();
        env.Faults.FailNextWithFault("Create", ErrorCodes.DuplicateRecord, "note store unavailable", table: "tst_note");

        var fault = TestEnvironments.Fault(() => service.Create(new Entity("account") { ["name"] = "Rolled back" }));

        Assert.Equal("note store unavailable", fault.Message);
        Assert.Empty(env.Store.All("account"));
    }

    [Fact]
    public void FailAlways_lasts_until_cleared()
    {
        var env = TestEnvironments.Bare();
        var service = env.CreateService();
        env.Faults.FailAlways("Update");
        var id = service.Create(new Entity("lead"));

        Assert.ThrowsAny<FaultException>(() => service.Update(new Entity("lead", id) { ["subject"] = "1" }));
        Assert.ThrowsAny<FaultException>(() => service.Update(new Entity("lead", id) { ["subject"] = "2" }));
        env.Faults.Clear();
        service.Update(new Entity("lead", id) { ["subject"] = "3" });

        Assert.Equal("3", env.Store.Get("lead", id)!["subject"]);
    }
}
