using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests;

public class SharingAndListTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;

    public SharingAndListTests() => _service = _env.CreateService();

    [Fact]
    public void GrantAccess_adds_rights_and_RevokeAccess_removes_the_share()
    {
        var team = _service.Create(new Entity("team") { ["name"] = "Faculty of Law alumni" });
        var contact = new EntityReference("contact", _service.Create(new Entity("contact")));
        var principal = new EntityReference("team", team);

        _service.Execute(new GrantAccessRequest { Target = contact, PrincipalAccess = new PrincipalAccess { Principal = principal, AccessMask = AccessRights.ReadAccess } });
        _service.Execute(new GrantAccessRequest { Target = contact, PrincipalAccess = new PrincipalAccess { Principal = principal, AccessMask = AccessRights.WriteAccess } });

        Assert.True(_env.Sharing.HasAccess(contact, principal, AccessRights.ReadAccess | AccessRights.WriteAccess));
        Assert.False(_env.Sharing.HasAccess(contact, principal, AccessRights.DeleteAccess));
        var share = Assert.Single(_env.Sharing.SharesOf(contact));
        Assert.Equal(team, share.Principal.Id);

        _service.Execute(new RevokeAccessRequest { Target = contact, Revokee = principal });
        Assert.Empty(_env.Sharing.Shares);
        Assert.False(_env.Sharing.HasAccess(contact, principal, AccessRights.ReadAccess));
    }

    [Fact]
    public void The_owner_has_access_without_a_share()
    {
        var contact = new EntityReference("contact", _service.Create(new Entity("contact")));

        Assert.True(_env.Sharing.HasAccess(contact, new EntityReference("systemuser", _env.CallerId), AccessRights.DeleteAccess));
    }

    [Fact]
    public void Marketing_list_members_are_listmember_rows_added_once()
    {
        var list = _service.Create(new Entity("list") { ["listname"] = "Newsletter", ["createdfromcode"] = new OptionSetValue(2) });
        var ada = _service.Create(new Entity("contact"));
        var bo = _service.Create(new Entity("contact"));

        var first = (AddMemberListResponse)_service.Execute(new AddMemberListRequest { ListId = list, EntityId = ada });
        var again = (AddMemberListResponse)_service.Execute(new AddMemberListRequest { ListId = list, EntityId = ada });
        _service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = new[] { ada, bo } });

        Assert.Equal(first.Id, again.Id);
        var members = _env.Store.All("listmember");
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Equal(list, m.GetAttributeValue<EntityReference>("listid").Id));
        Assert.Equal(new[] { ada, bo }.OrderBy(g => g), members.Select(m => m.GetAttributeValue<EntityReference>("entityid").Id).OrderBy(g => g));
    }
}
