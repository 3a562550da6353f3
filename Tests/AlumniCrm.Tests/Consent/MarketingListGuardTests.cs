using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using static AlumniCrm.Tests.Consent.Support.ConsentWorld;

namespace AlumniCrm.Tests.Consent;

/// <summary>MarketingListGuardPlugin on every member-adding message the solution registers.</summary>
public class MarketingListGuardTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();
    private readonly Guid _allowed;
    private readonly Guid _withdrawn;
    private readonly Guid _list;

    public MarketingListGuardTests()
    {
        _allowed = _world.Person("Ola", "Nordmann", new DateTime(2022, 6, 15));
        _withdrawn = _world.Person("Kari", "Nordmann", new DateTime(2022, 6, 15));
        _world.Env.Seed(Withdrawal(_withdrawn, ConsentPurpose.Events, ContactChannel.Email, validFrom: new DateTime(2024, 3, 1)) is var row
            ? WithRecordedOn(row, new DateTime(2024, 3, 1)) : row);
        _list = _world.List("Alumni events spring 2025", ConsentPurpose.Events, ContactChannel.Email);
    }

    private static Entity WithRecordedOn(Entity row, DateTime on)
    {
        row["alm_recordedon"] = on;
        return row;
    }

    private int Members => _world.Rows("listmember").Count;

    [Fact]
    public void AddMemberList_admits_a_person_with_a_lawful_basis()
    {
        _world.Service.Execute(new AddMemberListRequest { ListId = _list, EntityId = _allowed });

        Assert.Equal(1, Members);
    }

    [Fact]
    public void AddMemberList_refuses_a_person_who_withdrew_naming_who_and_why()
    {
        var message = Refusal(() => _world.Service.Execute(new AddMemberListRequest { ListId = _list, EntityId = _withdrawn }));

        Assert.Contains("Kari Nordmann cannot be added to the marketing list 'Alumni events spring 2025'", message);
        Assert.Contains("withdrew from events on e-mail on 2024-03-01", message);
        Assert.Equal(0, Members);
    }

    [Fact]
    public void AddListMembersList_refuses_the_whole_batch_and_names_only_the_blocked()
    {
        var message = Refusal(() => _world.Service.Execute(new AddListMembersListRequest { ListId = _list, MemberIds = new[] { _allowed, _withdrawn } }));

        Assert.Contains("Kari Nordmann cannot be added", message);
        Assert.DoesNotContain("Ola Nordmann", message);
        Assert.Equal(0, Members);
    }

    [Fact]
    public void Associate_through_listcontact_association_is_guarded_from_either_side()
    {
        var relationship = new Relationship("listcontact_association");

        Assert.Contains("Kari Nordmann cannot be added", Refusal(() => _world.Service.Associate("list", _list, relationship,
            new EntityReferenceCollection { new EntityReference("contact", _withdrawn) })));
        Assert.Contains("Kari Nordmann cannot be added", Refusal(() => _world.Service.Associate("contact", _withdrawn, relationship,
            new EntityReferenceCollection { new EntityReference("list", _list) })));
        Assert.Equal(0, Members);

        _world.Service.Associate("list", _list, relationship, new EntityReferenceCollection { new EntityReference("contact", _allowed) });
        Assert.Equal(1, Members);
    }

    [Fact]
    public void A_list_without_purpose_takes_nobody_and_says_what_to_set()
    {
        var list = _world.List("Unsorted", null, ContactChannel.Email);

        var message = Refusal(() => _world.Service.Execute(new AddMemberListRequest { ListId = list, EntityId = _allowed }));

        Assert.Contains("The marketing list 'Unsorted' has no purpose set. Set the purpose on the list before adding members", message);
    }

    [Fact]
    public void A_newsletter_list_needs_consent_even_within_legitimate_interest()
    {
        var newsletter = _world.List("Newsletter", ConsentPurpose.Newsletter, ContactChannel.Email);

        Assert.Contains("Ola Nordmann cannot be added", Refusal(() => _world.Service.Execute(new AddMemberListRequest { ListId = newsletter, EntityId = _allowed })));

        _world.Service.Create(Grant(_allowed, ConsentPurpose.Newsletter, ContactChannel.Email));
        _world.Service.Execute(new AddMemberListRequest { ListId = newsletter, EntityId = _allowed });
        Assert.Equal(1, Members);
    }
}
