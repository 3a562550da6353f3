using AlumniCrm.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class CrudTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public CrudTests() => _service = _env.CreateService();

    [Fact]
    public void Create_assigns_an_id_and_the_system_columns()
    {
        var id = _service.Create(new Entity("lead") { ["subject"] = "Hello" });

        var row = _service.Retrieve("lead", id, new ColumnSet(true));
        Assert.NotEqual(Guid.Empty, id);
        Assert.Equal(id, row.Id);
        Assert.Equal(id, row["leadid"]);
        Assert.Equal(_env.Clock.UtcNow, row["createdon"]);
        Assert.Equal(_env.Clock.UtcNow, row["modifiedon"]);
        Assert.Equal(_env.CallerId, row.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode").Value);
    }

    [Fact]
    public void Create_keeps_a_given_id_and_refuses_it_twice()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, _service.Create(new Entity("lead", id)));

        var fault = TestEnvironments.Fault(() => _service.Create(new Entity("lead", id)));
        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Callers_never_share_instances_with_the_store()
    {
        var lead = new Entity("lead") { ["subject"] = "original", ["budget"] = new Money(10m) };
        var id = _service.Create(lead);
        lead["subject"] = "changed by the caller after create";
        ((Money)lead["budget"]).Value = 99m;

        var first = _service.Retrieve("lead", id, new ColumnSet(true));
        first["subject"] = "changed on a retrieved copy";

        var second = _service.Retrieve("lead", id, new ColumnSet("subject", "budget"));
        Assert.Equal("original", second["subject"]);
        Assert.Equal(10m, second.GetAttributeValue<Money>("budget").Value);
    }

    [Fact]
    public void Retrieve_returns_only_the_requested_columns_plus_the_key()
    {
        var id = _service.Create(new Entity("lead") { ["subject"] = "s", ["firstname"] = "f", ["lastname"] = "l" });

        var row = _service.Retrieve("lead", id, new ColumnSet("firstname", "doesnotexist"));

        Assert.Equal(new[] { "firstname", "leadid" }, row.Attributes.Keys.OrderBy(k => k));
    }

    [Fact]
    public void Update_merges_and_a_null_clears_a_column()
    {
        var id = _service.Create(new Entity("lead") { ["subject"] = "s", ["firstname"] = "f" });
        _env.Clock.Advance(TimeSpan.FromHours(1));

        _service.Update(new Entity("lead", id) { ["firstname"] = null, ["lastname"] = "new" });

        var row = _service.Retrieve("lead", id, new ColumnSet(true));
        Assert.Equal("s", row["subject"]);
        Assert.False(row.Contains("firstname"));
        Assert.Equal("new", row["lastname"]);
        Assert.Equal(_env.Clock.UtcNow, row["modifiedon"]);
        Assert.NotEqual(row["createdon"], row["modifiedon"]);
    }

    [Fact]
    public void Typed_values_round_trip()
    {
        var when = new DateTime(2024, 6, 1, 12, 30, 0, DateTimeKind.Utc);
        var id = _service.Create(new Entity("lead")
        {
            ["parentaccountid"] = new EntityReference("account", Guid.NewGuid()),
            ["leadqualitycode"] = new OptionSetValue(3),
            ["budgetamount"] = new Money(12.5m),
            ["tst_levels"] = new OptionSetValueCollection(new List<OptionSetValue> { new(1), new(2) }),
            ["estimatedclosedate"] = when,
            ["donotemail"] = true,
            ["numberofemployees"] = 42,
        });

        var row = _service.Retrieve("lead", id, new ColumnSet(true));
        Assert.Equal("account", row.GetAttributeValue<EntityReference>("parentaccountid").LogicalName);
        Assert.Equal(3, row.GetAttributeValue<OptionSetValue>("leadqualitycode").Value);
        Assert.Equal(12.5m, row.GetAttributeValue<Money>("budgetamount").Value);
        Assert.Equal(new[] { 1, 2 }, row.GetAttributeValue<OptionSetValueCollection>("tst_levels").Select(o => o.Value));
        Assert.Equal(when, row["estimatedclosedate"]);
        Assert.True(row.GetAttributeValue<bool>("donotemail"));
        Assert.Equal(42, row["numberofemployees"]);
    }

    [Fact]
    public void Missing_rows_fault_with_the_dataverse_code_and_message()
    {
        var id = Guid.NewGuid();

        var retrieve = TestEnvironments.Fault(() => _service.Retrieve("lead", id, new ColumnSet(true)));
        var update = TestEnvironments.Fault(() => _service.Update(new Entity("lead", id) { ["subject"] = "x" }));
        var delete = TestEnvironments.Fault(() => _service.Delete("lead", id));

        foreach (var fault in new[] { retrieve, update, delete })
        {
            Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
            Assert.Equal($"lead With Id = {id} Does Not Exist", fault.Message);
        }
    }

    [Fact]
    public void Delete_removes_the_row()
    {
        var id = _service.Create(new Entity("lead"));

        _service.Delete("lead", id);

        Assert.Null(_env.Store.Get("lead", id));
    }

    [Fact]
    public void Lookups_must_point_at_existing_rows_when_validation_is_on()
    {
        _env.ValidateLookups = true;
        var missing = Guid.NewGuid();

        var fault = TestEnvironments.Fault(() => _service.Create(new Entity("lead") { ["parentaccountid"] = new EntityReference("account", missing) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Contains(missing.ToString(), fault.Message);
    }

    [Fact]
    public void WhoAmI_and_services_for_other_users()
    {
        var unit = _env.Users.AddBusinessUnit("Faculty of Law");
        var user = _env.Users.Add("Kari", unit);

        var response = (Microsoft.Crm.Sdk.Messages.WhoAmIResponse)_env.CreateService(user).Execute(new Microsoft.Crm.Sdk.Messages.WhoAmIRequest());
        var id = _env.CreateService(user).Create(new Entity("lead"));

        Assert.Equal(user, response.UserId);
        Assert.Equal(unit, response.BusinessUnitId);
        Assert.Equal(_env.Users.OrganizationId, response.OrganizationId);
        Assert.Equal(user, _env.Store.Get("lead", id)!.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.Equal(unit, _env.Store.Get("lead", id)!.GetAttributeValue<EntityReference>("owningbusinessunit").Id);
    }

    [Fact]
    public void SetState_sets_statecode_and_statuscode()
    {
        var id = _service.Create(new Entity("lead"));

        _service.Execute(new Microsoft.Crm.Sdk.Messages.SetStateRequest
        {
            EntityMoniker = new EntityReference("lead", id),
            State = new OptionSetValue(1),
            Status = new OptionSetValue(2),
        });

        var row = _env.Store.Get("lead", id)!;
        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode").Value);
        Assert.Equal(2, row.GetAttributeValue<OptionSetValue>("statuscode").Value);
    }
}
