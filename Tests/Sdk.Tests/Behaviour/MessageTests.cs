using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace AlumniCrm.Sdk.Tests.Behaviour;

public class MessageTests
{
    public static TheoryData<OrganizationRequest, string> Requests() => new()
    {
        { new CreateRequest(), "Create" }, { new RetrieveRequest(), "Retrieve" }, { new UpdateRequest(), "Update" },
        { new DeleteRequest(), "Delete" }, { new UpsertRequest(), "Upsert" }, { new RetrieveMultipleRequest(), "RetrieveMultiple" },
        { new AssociateRequest(), "Associate" }, { new DisassociateRequest(), "Disassociate" },
        { new ExecuteMultipleRequest(), "ExecuteMultiple" }, { new ExecuteTransactionRequest(), "ExecuteTransaction" },
        { new CreateMultipleRequest(), "CreateMultiple" }, { new UpdateMultipleRequest(), "UpdateMultiple" },
        { new UpsertMultipleRequest(), "UpsertMultiple" }, { new WhoAmIRequest(), "WhoAmI" }, { new SetStateRequest(), "SetState" },
        { new AddMemberListRequest(), "AddMemberList" }, { new AddListMembersListRequest(), "AddListMembersList" },
        { new RetrieveUserPrivilegesRequest(), "RetrieveUserPrivileges" }, { new GrantAccessRequest(), "GrantAccess" },
        { new RevokeAccessRequest(), "RevokeAccess" },
    };

    public static TheoryData<OrganizationResponse, string> Responses() => new()
    {
        { new CreateResponse(), "Create" }, { new RetrieveResponse(), "Retrieve" }, { new UpdateResponse(), "Update" },
        { new DeleteResponse(), "Delete" }, { new UpsertResponse(), "Upsert" }, { new RetrieveMultipleResponse(), "RetrieveMultiple" },
        { new AssociateResponse(), "Associate" }, { new DisassociateResponse(), "Disassociate" },
        { new ExecuteMultipleResponse(), "ExecuteMultiple" }, { new ExecuteTransactionResponse(), "ExecuteTransaction" },
        { new CreateMultipleResponse(), "CreateMultiple" }, { new UpdateMultipleResponse(), "UpdateMultiple" },
        { new UpsertMultipleResponse(), "UpsertMultiple" }, { new WhoAmIResponse(), "WhoAmI" }, { new SetStateResponse(), "SetState" },
        { new AddMemberListResponse(), "AddMemberList" }, { new AddListMembersListResponse(), "AddListMembersList" },
        { new RetrieveUserPrivilegesResponse(), "RetrieveUserPrivileges" }, { new GrantAccessResponse(), "GrantAccess" },
        { new RevokeAccessResponse(), "RevokeAccess" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Request_constructors_set_the_message_name(OrganizationRequest request, string name)
    {
        Assert.Equal(name, request.RequestName);
        Assert.NotNull(request.Parameters);
    }

    [Theory]
    [MemberData(nameof(Responses))]
    public void Response_constructors_leave_the_message_name_to_the_service(OrganizationResponse response, string name)
    {
        // Microsoft's SDK: a response built in code has no ResponseName; the service (or the
        // deserialiser) sets it. Code must not rely on it.
        Assert.Null(response.ResponseName);
        Assert.NotNull(response.Results);
        Assert.EndsWith("Response", response.GetType().Name, StringComparison.Ordinal);
        Assert.StartsWith(name, response.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_request_properties_wrap_the_parameters()
    {
        var target = new Entity("contact");
        var create = new CreateRequest { Target = target };
        var retrieve = new RetrieveRequest { ColumnSet = new ColumnSet("firstname") };
        var addMembers = new AddListMembersListRequest { ListId = Guid.NewGuid(), MemberIds = new[] { Guid.NewGuid() } };
        var grant = new GrantAccessRequest { PrincipalAccess = new PrincipalAccess { AccessMask = AccessRights.ReadAccess | AccessRights.WriteAccess } };

        Assert.Same(target, create.Parameters["Target"]);
        Assert.Same(target, create["Target"]);
        Assert.Same(retrieve.ColumnSet, retrieve.Parameters["ColumnSet"]);
        Assert.Null(retrieve.Target);
        Assert.Equal(addMembers.ListId, addMembers.Parameters["ListId"]);
        Assert.Same(addMembers.MemberIds, addMembers.Parameters["MemberIds"]);
        Assert.Equal(AccessRights.ReadAccess | AccessRights.WriteAccess, ((PrincipalAccess)grant.Parameters["PrincipalAccess"]).AccessMask);

        create.Parameters["Target"] = new Entity("account");
        Assert.Equal("account", create.Target.LogicalName);
    }

    [Fact]
    public void Typed_response_properties_read_the_results()
    {
        var id = Guid.NewGuid();
        var entities = new EntityCollection();
        var target = new EntityReference("contact", id);
        var upserts = new[] { new UpsertResponse() };
        var responses = new ExecuteMultipleResponseItemCollection();

        var create = new CreateResponse { Results = { ["id"] = id } };
        var retrieveMultiple = new RetrieveMultipleResponse { Results = { ["EntityCollection"] = entities } };
        var upsert = new UpsertResponse { Results = { ["RecordCreated"] = true, ["Target"] = target } };
        var createMultiple = new CreateMultipleResponse { Results = { ["Ids"] = new[] { id } } };
        var upsertMultiple = new UpsertMultipleResponse();
        upsertMultiple["Results"] = upserts;
        var executeMultiple = new ExecuteMultipleResponse { Results = { ["IsFaulted"] = true, ["Responses"] = responses } };
        var whoAmI = new WhoAmIResponse { Results = { ["UserId"] = id } };

        Assert.Equal(id, create.id);
        Assert.Same(entities, retrieveMultiple.EntityCollection);
        Assert.True(upsert.RecordCreated);
        Assert.Same(target, upsert.Target);
        Assert.Equal(new[] { id }, createMultiple.Ids);
        Assert.Same(upserts, upsertMultiple.Results);
        Assert.True(executeMultiple.IsFaulted);
        Assert.Same(responses, executeMultiple.Responses);
        Assert.Equal(id, whoAmI.UserId);
        Assert.False(new UpsertResponse().RecordCreated);
        Assert.Null(new RetrieveMultipleResponse().EntityCollection);
    }
}
