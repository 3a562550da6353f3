using AlumniCrm.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.LocalDataverse.Tests;

public class ManyToManyTests
{
    private const string Relationship = "tst_network_programme";
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;
    private readonly Guid _network;
    private readonly Guid _law;
    private readonly Guid _economics;

    public ManyToManyTests()
    {
        _env.DeclareManyToMany(Relationship, "tst_network_programme", "tst_network", "tst_networkid", "tst_programme", "tst_programmeid");
        _service = _env.CreateService();
        _network = _service.Create(new Entity("tst_network") { ["name"] = "Law alumni" });
        _law = _service.Create(new Entity("tst_programme") { ["name"] = "Law" });
        _economics = _service.Create(new Entity("tst_programme") { ["name"] = "Economics" });
    }

    private static EntityReferenceCollection Programmes(params Guid[] ids) => new(ids.Select(id => new EntityReference("tst_programme", id)).ToList());

    [Fact]
    public void Associations_are_intersect_rows_queryable_like_any_table()
    {
        _service.Associate("tst_network", _network, new Relationship(Relationship), Programmes(_law, _economics));

        var rows = _service.RetrieveMultiple(new QueryExpression("tst_network_programme") { ColumnSet = new ColumnSet(true) }).Entities;

        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(_network, r["tst_networkid"]));
        Assert.Equal(new[] { _law, _economics }.OrderBy(g => g), rows.Select(r => (Guid)r["tst_programmeid"]).OrderBy(g => g));
    }

    [Fact]
    public void Link_entity_queries_go_through_the_intersect_table_from_either_side()
    {
        _service.Associate("tst_programme", _law, new Relationship(Relationship), new EntityReferenceCollection { new EntityReference("tst_network", _network) });

        var query = new QueryExpression("tst_programme") { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink("tst_network_programme", "tst_programmeid", "tst_programmeid");
        link.LinkCriteria.AddCondition("tst_networkid", ConditionOperator.Equal, _network);

        Assert.Equal("Law", Assert.Single(_service.RetrieveMultiple(query).Entities)["name"]);
    }

    [Fact]
    public void Associating_twice_faults_and_disassociate_removes_the_link()
    {
        _service.Associate("tst_network", _network, new Relationship(Relationship), Programmes(_law));

        var fault = TestEnvironments.Fault(() => _service.Associate("tst_network", _network, new Relationship(Relationship), Programmes(_law)));
        _service.Disassociate("tst_network", _network, new Relationship(Relationship), Programmes(_law));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        Assert.Empty(_env.Store.All("tst_network_programme"));
    }

    [Fact]
    public void Deleting_a_row_removes_its_associations()
    {
        _service.Associate("tst_network", _network, new Relationship(Relationship), Programmes(_law, _economics));

        _service.Delete("tst_programme", _law);

        Assert.Equal(_economics, Assert.Single(_env.Store.All("tst_network_programme"))["tst_programmeid"]);
    }

    [Fact]
    public void An_undeclared_relationship_is_refused()
    {
        var fault = TestEnvironments.Fault(() => _service.Associate("tst_network", _network, new Relationship("nope"), Programmes(_law)));
        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }
}
