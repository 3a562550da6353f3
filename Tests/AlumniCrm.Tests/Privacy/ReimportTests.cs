using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.Tests.Privacy;

/// <summary>An erased person is never recreated: SuppressionGuardPlugin and alm_FindSuppressedIdentifiers.</summary>
public class ReimportTests
{
    private readonly ConsentWorld _world = ConsentWorld.Create();

    public ReimportTests()
    {
        var kari = new PersonFixture(_world, "Kari", "Nordmann", PersonFixture.StudentNumber, PersonFixture.PersonNumber);
        _world.Service.Execute(new OrganizationRequest("alm_ErasePerson") { ["ContactId"] = new EntityReference("contact", kari.Id) });
    }

    private int Contacts => _world.Rows("contact").Count;

    [Fact]
    public void A_reimport_by_upsert_on_the_student_number_creates_nothing_and_names_the_row()
    {
        var contacts = Contacts;
        var row = new Entity("contact", "alm_fsstudentnumber", " s-4711 ") { ["firstname"] = "Kari", ["lastname"] = "Nordmann" };
        var other = new Entity("contact", "alm_fsstudentnumber", "S-2000") { ["firstname"] = "Per", ["lastname"] = "Olsen" };

        var message = ConsentWorld.Refusal(() => _world.Service.Execute(new UpsertMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity> { other, row }) { EntityName = "contact" },
        }));

        Assert.Contains("The person 'Kari Nordmann' with FS student number s-4711 matches a person who was erased", message);
        Assert.Equal(contacts, Contacts);
    }

    [Fact]
    public void A_create_with_only_the_person_number_is_refused_too()
    {
        var contacts = Contacts;

        var message = ConsentWorld.Refusal(() => _world.Service.Create(new Entity("contact") { ["lastname"] = "N", ["alm_fspersonnumber"] = "P-0815" }));

        Assert.Contains("FS person number P-0815", message);
        Assert.Equal(contacts, Contacts);
    }

    [Fact]
    public void Giving_an_existing_contact_an_erased_identifier_is_refused()
    {
        var someone = _world.Person("Per", "Olsen");

        Assert.Contains("erased", ConsentWorld.Refusal(() => _world.Service.Update(new Entity("contact", someone) { ["alm_fsstudentnumber"] = "S-4711" })));
    }

    [Fact]
    public void New_people_are_created_as_usual()
    {
        _world.Service.Execute(new CreateMultipleRequest
        {
            Targets = new EntityCollection(new List<Entity>
            {
                new("contact") { ["lastname"] = "Olsen", ["alm_fsstudentnumber"] = "S-2000" },
                new("contact") { ["lastname"] = "Berg" },
            })
            { EntityName = "contact" },
        });

        Assert.Contains(_world.Rows("contact"), c => c.GetAttributeValue<string>("alm_fsstudentnumber") == "S-2000");
    }

    [Fact]
    public void FindSuppressedIdentifiers_reports_the_erased_identifiers_as_given_and_nothing_else()
    {
        var results = _world.Service.Execute(new OrganizationRequest("alm_FindSuppressedIdentifiers")
        {
            ["StudentNumbers"] = new[] { "S-2000", "s-4711", "S-4711" },
            ["PersonNumbers"] = new[] { "P-0815", "S-4711" },
        }).Results;

        Assert.Equal(new[] { "s-4711", "S-4711" }, (string[])results["SuppressedStudentNumbers"]);
        Assert.Equal(new[] { "P-0815" }, (string[])results["SuppressedPersonNumbers"]);
    }

    [Fact]
    public void Without_a_key_the_guard_refuses_people_with_fs_identifiers_and_lets_others_through()
    {
        var world = ConsentWorld.Create(withSuppressionKey: false);

        world.Service.Create(new Entity("contact") { ["lastname"] = "Berg" });
        var message = ConsentWorld.Refusal(() => world.Service.Create(new Entity("contact") { ["lastname"] = "Olsen", ["alm_fsstudentnumber"] = "S-2000" }));

        Assert.Contains("The suppression key is not configured", message);
        Assert.Single(world.Rows("contact"));
    }
}
