using AlumniCrm.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class AlternateKeyTests
{
    private readonly InMemoryDataverseEnvironment _env;
    private readonly IOrganizationService _service;

    public AlternateKeyTests()
    {
        // Keys come from the test solution's Entity.xml files (account: accountnumber; tst_membership: contact + group).
        _env = new InMemoryDataverseEnvironment().LoadSolution(TestEnvironments.SolutionFolder, typeof(AlternateKeyTests).Assembly);
        _env.DeclareAlternateKey("tst_group", "tst_group_code", "tst_code");
        _service = _env.CreateService();
    }

    [Fact]
    public void Keys_are_read_from_the_solution_entities()
    {
        Assert.Equal(new[] { "accountnumber" }, Assert.Single(_env.Schema.KeysOf("account")).Columns);
        Assert.Equal(new[] { "tst_contactid", "tst_groupid" }, Assert.Single(_env.Schema.KeysOf("tst_membership")).Columns);
    }

    [Fact]
    public void A_duplicate_key_faults_on_create_and_on_update()
    {
        _service.Create(new Entity("tst_group") { ["tst_code"] = "ABC" });
        var other = _service.Create(new Entity("tst_group") { ["tst_code"] = "XYZ" });

        var onCreate = TestEnvironments.Fault(() => _service.Create(new Entity("tst_group") { ["tst_code"] = "abc" }));
        var onUpdate = TestEnvironments.Fault(() => _service.Update(new Entity("tst_group", other) { ["tst_code"] = "ABC" }));

        Assert.Equal(ErrorCodes.DuplicateRecord, onCreate.ErrorCode);
        Assert.StartsWith("A record that has the attribute values", onCreate.Message);
        Assert.Contains("already exists", onCreate.Message);
        Assert.Equal(ErrorCodes.DuplicateRecord, onUpdate.ErrorCode);
        Assert.Equal(2, _env.Store.All("tst_group").Count);
    }

    [Fact]
    public void A_composite_key_allows_the_same_column_value_with_another_partner()
    {
        var contact = _service.Create(new Entity("contact"));
        var groupA = _service.Create(new Entity("tst_group") { ["tst_code"] = "A" });
        var groupB = _service.Create(new Entity("tst_group") { ["tst_code"] = "B" });
        _service.Create(Membership(contact, groupA));
        _service.Create(Membership(contact, groupB));

        var fault = TestEnvironments.Fault(() => _service.Create(Membership(contact, groupA)));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Retrieve_update_and_delete_by_key()
    {
        var id = _service.Create(new Entity("tst_group") { ["tst_code"] = "K1", ["name"] = "before" });
        var byKey = new EntityReference("tst_group", "tst_code", "K1");

        _service.Update(new Entity("tst_group", "tst_code", "K1") { ["name"] = "after" });
        var retrieved = ((RetrieveResponse)_service.Execute(new RetrieveRequest { Target = byKey, ColumnSet = new ColumnSet("name") })).Entity;
        _service.Execute(new DeleteRequest { Target = byKey });

        Assert.Equal(id, retrieved.Id);
        Assert.Equal("after", retrieved["name"]);
        Assert.Null(_env.Store.Get("tst_group", id));
        var missing = TestEnvironments.Fault(() => _service.Execute(new DeleteRequest { Target = byKey }));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, missing.ErrorCode);
    }

    [Fact]
    public void Upsert_by_key_creates_then_updates()
    {
        var first = (UpsertResponse)_service.Execute(new UpsertRequest { Target = new Entity("tst_group", "tst_code", "U1") { ["name"] = "one" } });
        var second = (UpsertResponse)_service.Execute(new UpsertRequest { Target = new Entity("tst_group", "tst_code", "U1") { ["name"] = "two" } });

        Assert.True(first.RecordCreated);
        Assert.False(second.RecordCreated);
        Assert.Equal(first.Target.Id, second.Target.Id);
        var row = Assert.Single(_env.Store.All("tst_group"));
        Assert.Equal("two", row["name"]);
        Assert.Equal("U1", row["tst_code"]);
    }

    [Fact]
    public void Lookups_given_by_key_are_stored_as_ids()
    {
        var group = _service.Create(new Entity("tst_group") { ["tst_code"] = "G" });
        var contact = _service.Create(new Entity("contact"));

        var id = _service.Create(new Entity("tst_membership")
        {
            ["tst_contactid"] = new EntityReference("contact", contact),
            ["tst_groupid"] = new EntityReference("tst_group", "tst_code", "G"),
        });

        var stored = _env.Store.Get("tst_membership", id)!.GetAttributeValue<EntityReference>("tst_groupid");
        Assert.Equal(group, stored.Id);
        Assert.Empty(stored.KeyAttributes);
        var unknown = TestEnvironments.Fault(() => _service.Create(new Entity("tst_membership") { ["tst_groupid"] = new EntityReference("tst_group", "tst_code", "nope") }));
        Assert.Equal(ErrorCodes.ObjectDoesNotExist, unknown.ErrorCode);
    }

    [Fact]
    public void Key_attributes_that_are_no_declared_key_are_refused()
    {
        var fault = TestEnvironments.Fault(() => _service.Update(new Entity("tst_group", "name", "x") { ["tst_code"] = "y" }));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    private static Entity Membership(Guid contact, Guid group) => new("tst_membership")
    {
        ["tst_contactid"] = new EntityReference("contact", contact),
        ["tst_groupid"] = new EntityReference("tst_group", group),
    };
}
