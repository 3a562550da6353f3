using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using static AlumniCrm.Tests.Consent.Support.ConsentWorld;

namespace AlumniCrm.Tests.Consent;

/// <summary>
/// The guard also holds when people reach a list by copying another list's members, by qualifying
/// members, or by turning a dynamic list into a static one.
/// </summary>
public class MarketingListCopyAndQualifyGuardTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();
    private readonly Guid _allowed;
    private readonly Guid _withdrawn;
    private readonly Guid _eventsList;

    public MarketingListCopyAndQualifyGuardTests()
    {
        _allowed = _world.Person("Ola", "Nordmann", new DateTime(2022, 6, 15));
        _withdrawn = _world.Person("Kari", "Nordmann", new DateTime(2022, 6, 15));
        var withdrawal = Withdrawal(_withdrawn, ConsentPurpose.Events, ContactChannel.Email, validFrom: new DateTime(2024, 3, 1));
        withdrawal["alm_recordedon"] = new DateTime(2024, 3, 1);
        _world.Env.Seed(withdrawal);
        _eventsList = _world.List("Alumni events spring 2025", ConsentPurpose.Events, ContactChannel.Email);
    }

    private int MembersOf(Guid list) => _world.Rows("listmember").Count(m => m.GetAttributeValue<EntityReference>("listid").Id == list);

    /// <summary>A list whose members were put there when nothing guarded them (seeded rows).</summary>
    private Guid UnguardedList(string name, params Guid[] members) => UnguardedList(name, null, members);

    private Guid UnguardedList(string name, ConsentPurpose? purpose, params Guid[] members)
    {
        var list = new Entity("list") { ["listname"] = name, ["createdfromcode"] = new OptionSetValue(2) };
        if (purpose is { } p)
        {
            list["alm_purpose"] = new OptionSetValue((int)p);
            list["alm_channel"] = new OptionSetValue((int)ContactChannel.Email);
        }
        _world.Env.Seed(list);
        foreach (var member in members)
            _world.Env.Seed(new Entity("listmember")
            {
                ["listid"] = new EntityReference("list", list.Id),
                ["entityid"] = new EntityReference("contact", member),
            });
        return list.Id;
    }

    [Fact]
    public void CopyMembersList_into_a_list_refuses_a_member_who_withdrew_for_its_purpose()
    {
        var source = UnguardedList("Everyone 2022", _allowed, _withdrawn);

        var message = Refusal(() => _world.Service.Execute(new OrganizationRequest("CopyMembersList") { ["SourceListId"] = source, ["TargetListId"] = _eventsList }));

        Assert.Contains("Kari Nordmann cannot be added to the marketing list 'Alumni events spring 2025'", message);
        Assert.Equal(0, MembersOf(_eventsList));
    }

    [Fact]
    public void CopyMembersList_of_people_with_a_basis_goes_through()
    {
        var source = UnguardedList("Graduates 2022", _allowed);

        _world.Service.Execute(new OrganizationRequest("CopyMembersList") { ["SourceListId"] = source, ["TargetListId"] = _eventsList });

        Assert.Equal(1, MembersOf(_eventsList));
    }

    [Fact]
    public void QualifyMemberList_overriding_with_a_person_who_withdrew_is_refused_but_removing_is_not()
    {
        _world.Service.Execute(new AddMemberListRequest { ListId = _eventsList, EntityId = _allowed });

        var message = Refusal(() => _world.Service.Execute(new OrganizationRequest("QualifyMemberList")
        { ["ListId"] = _eventsList, ["MembersId"] = new[] { _allowed, _withdrawn }, ["OverrideorRemove"] = true }));
        Assert.Contains("Kari Nordmann cannot be added", message);
        Assert.Equal(1, MembersOf(_eventsList));

        _world.Service.Execute(new OrganizationRequest("QualifyMemberList")
        { ["ListId"] = _eventsList, ["MembersId"] = new[] { _allowed }, ["OverrideorRemove"] = false });
        Assert.Equal(0, MembersOf(_eventsList));
    }

    [Fact]
    public void CopyDynamicListToStatic_is_rolled_back_when_a_member_has_no_basis_for_the_purpose()
    {
        var dynamic = UnguardedList("Dynamic: graduates 2022", ConsentPurpose.Events, _allowed, _withdrawn);
        var listsBefore = _world.Rows("list").Count;

        var message = Refusal(() => _world.Service.Execute(new OrganizationRequest("CopyDynamicListToStatic") { ["ListId"] = dynamic }));

        Assert.Contains("Kari Nordmann cannot be added", message);
        Assert.Equal(listsBefore, _world.Rows("list").Count);
    }
}
