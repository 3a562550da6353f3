using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

/// <summary>Key lookups go through an index; it must follow every write, delete and rollback.</summary>
public class KeyIndexTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare().DeclareAlternateKey("tst_group", "tst_group_code", "tst_code");
    private readonly IOrganizationService _service;

    public KeyIndexTests() => _service = _env.CreateService();

    private Guid? Resolve(string code)
    {
        var response = (RetrieveResponse)_service.Execute(new RetrieveRequest
        {
            Target = new EntityReference("tst_group", "tst_code", code),
            ColumnSet = new ColumnSet("tst_code"),
        });
        return response.Entity.Id;
    }

    private bool Exists(string code)
    {
        try { Resolve(code); return true; }
        catch (System.ServiceModel.FaultException<OrganizationServiceFault>) { return false; }
    }

    [Fact]
    public void Changing_a_key_value_moves_the_row_in_the_index()
    {
        var id = _service.Create(new Entity("tst_group") { ["tst_code"] = "OLD" });

        _service.Update(new Entity("tst_group", id) { ["tst_code"] = "NEW" });

        Assert.False(Exists("OLD"));
        Assert.Equal(id, Resolve("new"));
        _service.Create(new Entity("tst_group") { ["tst_code"] = "OLD" });
    }

    [Fact]
    public void A_deleted_row_frees_its_key()
    {
        var id = _service.Create(new Entity("tst_group") { ["tst_code"] = "ABC" });
        _service.Delete("tst_group", id);

        Assert.False(Exists("ABC"));
        var again = _service.Create(new Entity("tst_group") { ["tst_code"] = "ABC" });
        Assert.Equal(again, Resolve("ABC"));
    }

    [Fact]
    public void A_rolled_back_create_leaves_no_key_behind()
    {
        _service.Create(new Entity("tst_group") { ["tst_code"] = "TAKEN" });
        var batch = new EntityCollection(new List<Entity>
        {
            new("tst_group") { ["tst_code"] = "FRESH" },
            new("tst_group") { ["tst_code"] = "TAKEN" },
        })
        { EntityName = "tst_group" };

        TestEnvironments.Fault(() => _service.Execute(new CreateMultipleRequest { Targets = batch }));

        Assert.False(Exists("FRESH"));
        _service.Create(new Entity("tst_group") { ["tst_code"] = "FRESH" });
    }

    [Fact]
    public void Keys_compare_case_insensitively_and_rows_added_before_the_first_lookup_are_found()
    {
        _env.Seed(new Entity("tst_group", Guid.NewGuid()) { ["tst_code"] = "ÅRSV-GOV" });

        Assert.True(Exists("årsv-gov"));
    }

    [Fact]
    public void Queries_keep_insertion_order_after_deletes_and_rollbacks()
    {
        var ids = Enumerable.Range(1, 5).Select(i => _service.Create(new Entity("tst_group") { ["tst_code"] = "G" + i })).ToList();
        _service.Delete("tst_group", ids[1]);
        TestEnvironments.Fault(() => _service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity> { new("tst_group") { ["tst_code"] = "G6" }, new("tst_group") { ["tst_code"] = "G1" } }) { EntityName = "tst_group" },
        }));
        var last = _service.Create(new Entity("tst_group") { ["tst_code"] = "G7" });

        var order = _service.RetrieveMultiple(new QueryExpression("tst_group") { ColumnSet = new ColumnSet("tst_code") }).Entities.Select(e => e.Id);

        Assert.Equal(new[] { ids[0], ids[2], ids[3], ids[4], last }, order);
    }
}

public class IndexedQueryTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public IndexedQueryTests() => _service = _env.CreateService();

    private IReadOnlyList<string> Codes(QueryExpression query) =>
        _service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>("tst_code")).ToList();

    [Fact]
    public void Equal_and_In_on_a_column_find_rows_case_insensitively_in_insertion_order_after_updates()
    {
        var a = _service.Create(new Entity("tst_group") { ["tst_code"] = "A", ["tst_kind"] = "x" });
        _service.Create(new Entity("tst_group") { ["tst_code"] = "B", ["tst_kind"] = "y" });
        _service.Create(new Entity("tst_group") { ["tst_code"] = "C", ["tst_kind"] = "x" });
        var kindX = new QueryExpression("tst_group") { ColumnSet = new ColumnSet("tst_code") };
        kindX.Criteria.AddCondition("tst_kind", ConditionOperator.Equal, "X");
        Assert.Equal(new[] { "A", "C" }, Codes(kindX));

        _service.Update(new Entity("tst_group", a) { ["tst_kind"] = "y" });
        Assert.Equal(new[] { "C" }, Codes(kindX));

        var inQuery = new QueryExpression("tst_group") { ColumnSet = new ColumnSet("tst_code") };
        inQuery.Criteria.AddCondition("tst_kind", ConditionOperator.In, "y", "z");
        inQuery.Criteria.AddCondition("tst_code", ConditionOperator.NotEqual, "B");
        Assert.Equal(new[] { "A" }, Codes(inQuery));
    }

    [Fact]
    public void Equal_on_a_lookup_matches_a_reference_a_guid_or_its_text()
    {
        var owner = Guid.NewGuid();
        _service.Create(new Entity("tst_group") { ["tst_code"] = "A", ["tst_ownerid"] = new EntityReference("tst_owner", owner) });
        foreach (var value in new object[] { owner, owner.ToString(), new EntityReference("tst_owner", owner) })
        {
            var query = new QueryExpression("tst_group") { ColumnSet = new ColumnSet("tst_code") };
            query.Criteria.AddCondition("tst_ownerid", ConditionOperator.Equal, value);
            Assert.Equal(new[] { "A" }, Codes(query));
        }
    }
}
