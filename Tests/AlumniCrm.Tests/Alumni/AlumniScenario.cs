using System.Globalization;
using AlumniCrm.LocalDataverse;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace AlumniCrm.Tests.Alumni;

/// <summary>The product environment with the seeded university, and reads of what the plugins wrote.</summary>
internal sealed class AlumniScenario
{
    public AlumniScenario()
    {
        Env = ProductEnvironment.Create();
        Org = SeededOrganisation.Seed(Env);
        Service = Env.CreateService();
    }

    public InMemoryDataverseEnvironment Env { get; }
    public SeededOrganisation Org { get; }
    public IOrganizationService Service { get; }
    public DateTime Today => Env.Clock.UtcNow.Date;

    /// <summary>One CreateMultiple of qualifications, as the importer sends a batch.</summary>
    public Guid[] Import(IEnumerable<Entity> qualifications) =>
        ((CreateMultipleResponse)Service.Execute(new CreateMultipleRequest { Targets = People.Batch(qualifications, "alm_qualification") })).Ids;

    /// <summary>Each contact gets a completed bachelor in economics (BØA), awarded in 2020.</summary>
    public Guid[] ImportEconomicsGraduates(IReadOnlyList<Guid> contacts) =>
        Import(contacts.Select(c => People.CompletedQualification(c, Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, new DateTime(2020, 6, 15))));

    public Entity Contact(Guid id) => Env.Store.Get("contact", id) ?? throw new InvalidOperationException($"No contact {id}");

    public int? StatusOf(Guid contactId) => Contact(contactId).GetAttributeValue<OptionSetValue>("alm_alumnistatus")?.Value;

    public IReadOnlyList<Entity> Memberships() => Env.Store.All("alm_networkmembership");

    public IReadOnlyList<Entity> MembershipsOf(Guid contactId) =>
        Memberships().Where(m => m.GetAttributeValue<EntityReference>("alm_contactid").Id == contactId).ToList();

    public IReadOnlyList<Entity> MembershipsIn(Guid networkId) =>
        Memberships().Where(m => m.GetAttributeValue<EntityReference>("alm_networkid").Id == networkId).ToList();

    public Entity Network(Guid id) => Env.Store.Get("alm_network", id)!;

    /// <summary>Seeds a membership row (arranging history, e.g. a member who left), no plugins.</summary>
    public Guid SeedMembership(Guid contactId, Guid networkId, int status, DateTime? leftOn = null, int source = Choices.MembershipSource.Automatic)
    {
        var row = new Entity("alm_networkmembership")
        {
            ["alm_name"] = "seeded",
            ["alm_contactid"] = new EntityReference("contact", contactId),
            ["alm_networkid"] = new EntityReference("alm_network", networkId),
            ["alm_membershipstatus"] = new OptionSetValue(status),
            ["alm_membershipsource"] = new OptionSetValue(source),
            ["alm_joinedon"] = new DateTime(2021, 1, 10),
        };
        if (leftOn.HasValue)
        {
            row["alm_lefton"] = leftOn.Value;
            row["alm_leavereason"] = new OptionSetValue(Choices.LeaveReason.OwnChoice);
        }
        Env.Seed(row);
        return row.Id;
    }

    /// <summary>
    /// Seeds graduates the way an earlier import left them (no plugins): contact with stored status
    /// Alumnus and a completed qualification in the programme. For arranging back-fills.
    /// </summary>
    public IReadOnlyList<Guid> SeedAlumni(int count, Guid programmeId, string programmeCode, int level = Choices.DegreeLevel.Bachelor)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var contact = new Entity("contact")
            {
                ["firstname"] = "Alumna",
                ["lastname"] = programmeCode + (i + 1).ToString("D3", CultureInfo.InvariantCulture),
                ["alm_alumnistatus"] = new OptionSetValue(Choices.AlumniStatus.Alumnus),
            };
            Env.Seed(contact);
            var qualification = People.CompletedQualification(contact.Id, programmeId, programmeCode, level, new DateTime(2019, 6, 14));
            Env.Seed(qualification);
            ids.Add(contact.Id);
        }
        return ids;
    }

    public OrganizationResponse Call(string api, params (string Name, object? Value)[] parameters)
    {
        var request = new OrganizationRequest(api);
        foreach (var (name, value) in parameters) request[name] = value;
        return Service.Execute(request);
    }
}
