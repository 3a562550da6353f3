using AlumniCrm.Domain.Privacy;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Privacy;

/// <summary>
/// Rotating the suppression key: an administrator adds a new key; new erasures are hashed with it, and
/// people erased under the old key stay suppressed because every active key is checked.
/// </summary>
public class SuppressionKeyRotationTests
{
    private const string NewKey = "bmV3LXN1cHByZXNzaW9uLWtleS1mb3Itcm90YXRpb24hIQ==";

    [Fact]
    public void After_rotation_new_erasures_use_the_new_key_and_people_erased_under_either_key_stay_suppressed()
    {
        var world = ConsentWorld.Create();
        var kari = new PersonFixture(world, "Kari", "Nordmann", "S-4711", "P-0815");
        Erase(world, kari.Id);

        world.Env.Clock.Advance(TimeSpan.FromDays(400));
        world.SetSuppressionKey(NewKey, "Suppression key 2026", world.Now);
        var ola = new PersonFixture(world, "Ola", "Hansen", "S-9000", "P-9001");
        Erase(world, ola.Id);

        var entries = world.Rows("alm_suppression").Select(r => r.GetAttributeValue<string>("alm_identifierhash")).ToHashSet();
        var newKey = SuppressionKey.FromBase64(NewKey);
        var oldKey = SuppressionKey.FromBase64(ConsentWorld.SuppressionKey);
        Assert.Subset(entries, newKey.HashesFor("S-9000", "P-9001").ToHashSet());
        Assert.Subset(entries, oldKey.HashesFor("S-4711", "P-0815").ToHashSet());
        Assert.DoesNotContain(oldKey.Hash(FsIdentifierKind.StudentNumber, "S-9000"), entries);

        foreach (var studentNumber in new[] { "S-4711", "S-9000" })
        {
            var message = ConsentWorld.Refusal(() => world.Service.Create(new Entity("contact") { ["lastname"] = "Again", ["alm_fsstudentnumber"] = studentNumber }));
            Assert.Contains("matches a person who was erased", message);
        }

        var found = world.Service.Execute(new OrganizationRequest("alm_FindSuppressedIdentifiers")
        {
            ["StudentNumbers"] = new[] { "S-4711", "S-9000", "S-1234" },
            ["PersonNumbers"] = Array.Empty<string>(),
        }).Results;
        Assert.Equal(new[] { "S-4711", "S-9000" }, (string[])found["SuppressedStudentNumbers"]);
    }

    [Fact]
    public void An_unusable_key_stops_the_erasure_and_names_the_key_but_never_its_value()
    {
        var world = ConsentWorld.Create(withSuppressionKey: false);
        world.SetSuppressionKey("dG9vLXNob3J0", "Broken key");
        var kari = new PersonFixture(world, "Kari", "Nordmann", "S-4711", "P-0815");

        var message = ConsentWorld.Refusal(() => Erase(world, kari.Id));

        Assert.Contains("The suppression key 'Broken key' is not usable", message);
        Assert.DoesNotContain("dG9vLXNob3J0", message);
        Assert.NotNull(world.Env.Store.Get("contact", kari.Id));
    }

    private static void Erase(ConsentWorld world, Guid contactId) =>
        world.Service.Execute(new OrganizationRequest("alm_ErasePerson") { ["ContactId"] = new EntityReference("contact", contactId) });
}
