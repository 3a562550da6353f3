using AlumniCrm.LocalDataverse.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.LocalDataverse.Tests;

public class BatchTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public BatchTests()
    {
        _env.DeclareAlternateKey("lead", "tst_lead_code", "tst_code");
        _service = _env.CreateService();
    }

    private static CreateRequest CreateLead(string code) => new() { Target = new Entity("lead") { ["tst_code"] = code } };

    private static OrganizationRequestCollection Requests(params OrganizationRequest[] requests)
    {
        var collection = new OrganizationRequestCollection();
        collection.AddRange(requests);
        return collection;
    }

    [Fact]
    public void ExecuteMultiple_continues_on_error_with_per_item_faults_and_each_item_its_own_transaction()
    {
        var response = (ExecuteMultipleResponse)_service.Execute(new ExecuteMultipleRequest
        {
            Requests = Requests(CreateLead("A"), CreateLead("A"), CreateLead("B")),
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = true },
        });

        Assert.True(response.IsFaulted);
        Assert.Equal(3, response.Responses.Count);
        Assert.Equal(ErrorCodes.DuplicateRecord, response.Responses[1].Fault.ErrorCode);
        Assert.IsType<CreateResponse>(response.Responses[0].Response);
        Assert.Equal(2, _env.Store.All("lead").Count);
    }

    [Fact]
    public void ExecuteMultiple_stops_at_the_first_fault_and_returns_only_faults_without_ReturnResponses()
    {
        var response = (ExecuteMultipleResponse)_service.Execute(new ExecuteMultipleRequest
        {
            Requests = Requests(CreateLead("A"), CreateLead("A"), CreateLead("B")),
            Settings = new ExecuteMultipleSettings { ContinueOnError = false, ReturnResponses = false },
        });

        var item = Assert.Single(response.Responses);
        Assert.Equal(1, item.RequestIndex);
        Assert.NotNull(item.Fault);
        Assert.Single(_env.Store.All("lead"));
        Assert.Equal(1, _env.Requests.Count("ExecuteMultiple"));
        Assert.Equal(2, _env.Requests.Count("Create"));
    }

    [Fact]
    public void ExecuteTransaction_is_all_or_nothing_and_names_the_failed_request()
    {
        var fault = TestEnvironments.Fault(() => _service.Execute(new ExecuteTransactionRequest
        {
            Requests = Requests(CreateLead("A"), CreateLead("B"), CreateLead("A")),
        }));

        var transactionFault = Assert.IsType<ExecuteTransactionFault>(fault);
        Assert.Equal(2, transactionFault.FaultedRequestIndex);
        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        Assert.Empty(_env.Store.All("lead"));

        var ok = (ExecuteTransactionResponse)_service.Execute(new ExecuteTransactionRequest { Requests = Requests(CreateLead("A"), CreateLead("B")), ReturnResponses = true });
        Assert.Equal(2, ok.Responses.Count);
        Assert.Equal(2, _env.Store.All("lead").Count);
    }

    [Fact]
    public void CreateMultiple_is_one_transaction_for_the_whole_batch()
    {
        var targets = new EntityCollection(new List<Entity> { new("lead") { ["tst_code"] = "A" }, new("lead") { ["tst_code"] = "A" } }) { EntityName = "lead" };

        var fault = TestEnvironments.Fault(() => _service.Execute(new CreateMultipleRequest { Targets = targets }));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
        Assert.Empty(_env.Store.All("lead"));
    }

    [Fact]
    public void CreateMultiple_UpdateMultiple_and_UpsertMultiple()
    {
        var created = (CreateMultipleResponse)_service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity> { new("lead") { ["tst_code"] = "A" }, new("lead") { ["tst_code"] = "B" } }) { EntityName = "lead" },
        });
        _service.Execute(new UpdateMultipleRequest
        {
            Targets = new EntityCollection(created.Ids.Select(id => new Entity("lead", id) { ["subject"] = "updated" }).ToList()) { EntityName = "lead" },
        });
        var upserted = (UpsertMultipleResponse)_service.Execute(new UpsertMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity>
            {
                new("lead", "tst_code", "B") { ["subject"] = "upserted" },
                new("lead", "tst_code", "C") { ["subject"] = "new" },
            })
            { EntityName = "lead" },
        });

        Assert.Equal(2, created.Ids.Length);
        Assert.Equal(new[] { false, true }, upserted.Results.Select(r => r.RecordCreated));
        Assert.Equal(created.Ids[1], upserted.Results[0].Target.Id);
        var subjects = _env.Store.All("lead").ToDictionary(r => (string)r["tst_code"], r => (string)r["subject"]);
        Assert.Equal(new Dictionary<string, string> { ["A"] = "updated", ["B"] = "upserted", ["C"] = "new" }, subjects);
    }
}
