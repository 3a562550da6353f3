using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.LocalDataverse.Tests;

/// <summary>The other messages that put people on marketing lists: copy, qualify, dynamic → static.</summary>
public class ListCopyAndQualifyTests
{
    private readonly InMemoryDataverseEnvironment _env = TestEnvironments.Bare();
    private readonly IOrganizationService _service;
    private readonly Guid _ada, _bo, _cy;

    public ListCopyAndQualifyTests()
    {
        _service = _env.CreateService();
        _ada = _service.Create(new Entity("contact") { ["lastname"] = "Ada" });
        _bo = _service.Create(new Entity("contact") { ["lastname"] = "Bo" });
        _cy = _service.Create(new Entity("contact") { ["lastname"] = "Cy" });
    }

    private Guid List(string name, params Guid[] members)
    {
        var list = _service.Create(new Entity("list") { ["listname"] = name, ["createdfromcode"] = new OptionSetValue(2), ["alm_purpose"] = new OptionSetValue(842100000) });
        if (members.Length > 0) _service.Execute(new AddListMembersListRequest { ListId = list, MemberIds = members });
        return list;
    }

    private IEnumerable<Guid> MembersOf(Guid list) => _env.Store.All("listmember")
        .Where(m => m.GetAttributeValue<EntityReference>("listid").Id == list)
        .Select(m => m.GetAttributeValue<EntityReference>("entityid").Id);

    [Fact]
    public void CopyMembersList_adds_the_source_members_to_the_target_once()
    {
        var source = List("Source", _ada, _bo);
        var target = List("Target", _bo);

        _service.Execute(new OrganizationRequest("CopyMembersList") { ["SourceListId"] = source, ["TargetListId"] = target });

        Assert.Equal(new[] { _ada, _bo }.Order(), MembersOf(target).Order());
        Assert.Equal(1, _env.Requests.Count("CopyMembersList"));
    }

    [Fact]
    public void QualifyMemberList_overriding_makes_the_members_exactly_the_given_ones()
    {
        var list = List("Qualified", _ada, _bo);

        _service.Execute(new OrganizationRequest("QualifyMemberList") { ["ListId"] = list, ["MembersId"] = new[] { _bo, _cy }, ["OverrideorRemove"] = true });

        Assert.Equal(new[] { _bo, _cy }.Order(), MembersOf(list).Order());
    }

    [Fact]
    public void QualifyMemberList_without_override_removes_the_given_members()
    {
        var list = List("Qualified", _ada, _bo);

        _service.Execute(new OrganizationRequest("QualifyMemberList") { ["ListId"] = list, ["MembersId"] = new[] { _ada }, ["OverrideorRemove"] = false });

        Assert.Equal(new[] { _bo }, MembersOf(list));
    }

    [Fact]
    public void CopyDynamicListToStatic_creates_a_static_list_with_the_members_and_returns_its_id()
    {
        var dynamic = List("Alumni 2020", _ada, _cy);

        var response = _service.Execute(new OrganizationRequest("CopyDynamicListToStatic") { ["ListId"] = dynamic });

        var staticId = (Guid)response.Results["StaticListId"];
        var copy = _env.Store.Get("list", staticId)!;
        Assert.Equal("Alumni 2020 (static)", copy.GetAttributeValue<string>("listname"));
        Assert.Equal(842100000, copy.GetAttributeValue<OptionSetValue>("alm_purpose").Value);
        Assert.Equal(new[] { _ada, _cy }.Order(), MembersOf(staticId).Order());
    }
}
