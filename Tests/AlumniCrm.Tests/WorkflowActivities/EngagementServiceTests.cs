extern alias plugins;
using AlumniCrm.LocalDataverse;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using ProductServices = plugins::AlumniCrm.Plugins.Services;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>The service behind "Record engagement": one named row per contribution, refused in words when it makes no sense.</summary>
public class EngagementServiceTests
{
    private const int GuestLecture = 842100000;
    private const int Mentoring = 842100001;
    private static readonly DateTime Today = new(2025, 3, 5, 14, 30, 0, DateTimeKind.Utc);

    private static (InMemoryDataverseEnvironment Env, SeededOrganisation Org, Guid ContactId) Volunteer()
    {
        var env = ProductEnvironment.Create();
        var org = SeededOrganisation.Seed(env);
        return (env, org, People.SeedContacts(env, 1, "Ola")[0]);
    }

    [Fact]
    public void Records_who_did_what_when_for_which_faculty_and_its_value()
    {
        var (env, org, contactId) = Volunteer();
        var entry = new ProductServices.Engagement.EngagementEntry
        {
            PersonId = contactId,
            Type = GuestLecture,
            Date = new DateTime(2025, 2, 20),
            FacultyId = org.Business.Id,
            EstimatedValue = 1500m,
            Description = "Lecture on port logistics for second-year students.",
        };

        var id = ProductServices.Engagement.EngagementRecorder.Record(env.CreateService(), entry, Today);

        var row = env.Store.Get("alm_engagement", id)!;
        Assert.Equal("Guest lecture: Ola 00001, 2025-02-20", row.GetAttributeValue<string>("alm_name"));
        Assert.Equal(contactId, row.GetAttributeValue<EntityReference>("alm_contactid").Id);
        Assert.Equal(GuestLecture, row.GetAttributeValue<OptionSetValue>("alm_engagementtype").Value);
        Assert.Equal(new DateTime(2025, 2, 20), row.GetAttributeValue<DateTime>("alm_date"));
        Assert.Equal(org.Business.Id, row.GetAttributeValue<EntityReference>("alm_facultyid").Id);
        Assert.Equal(1500m, row.GetAttributeValue<Money>("alm_estimatedvalue").Value);
        Assert.Equal(entry.Description, row.GetAttributeValue<string>("alm_description"));
    }

    [Fact]
    public void Without_a_date_it_is_recorded_on_the_day_it_is_recorded_and_optional_inputs_stay_empty()
    {
        var (env, _, contactId) = Volunteer();

        var id = ProductServices.Engagement.EngagementRecorder.Record(env.CreateService(),
            new ProductServices.Engagement.EngagementEntry { PersonId = contactId, Type = Mentoring }, Today);

        var row = env.Store.Get("alm_engagement", id)!;
        Assert.Equal(Today.Date, row.GetAttributeValue<DateTime>("alm_date"));
        Assert.Equal("Mentoring: Ola 00001, 2025-03-05", row.GetAttributeValue<string>("alm_name"));
        Assert.False(row.Contains("alm_facultyid"));
        Assert.False(row.Contains("alm_estimatedvalue"));
        Assert.False(row.Contains("alm_description"));
    }

    public static TheoryData<int, decimal?, int, string> Nonsense() => new()
    {
        { 842100099, null, 0, "is not an engagement type" },
        { GuestLecture, -1m, 0, "cannot be negative" },
        { GuestLecture, null, 2001, "at most 2000 characters" },
    };

    [Theory, MemberData(nameof(Nonsense))]
    public void Nonsense_is_refused_in_words_and_nothing_is_written(int type, decimal? value, int descriptionLength, string message)
    {
        var (env, _, contactId) = Volunteer();
        var entry = new ProductServices.Engagement.EngagementEntry
        {
            PersonId = contactId,
            Type = type,
            EstimatedValue = value,
            Description = descriptionLength > 0 ? new string('x', descriptionLength) : null,
        };

        var refused = Assert.Throws<ProductServices.RuleViolationException>(() => ProductServices.Engagement.EngagementRecorder.Record(env.CreateService(), entry, Today));

        Assert.Contains(message, refused.Message);
        Assert.Empty(env.Store.All("alm_engagement"));
    }

    [Fact]
    public void The_name_fits_the_column_however_long_the_person_name()
    {
        var name = ProductServices.Engagement.EngagementRecorder.NameOf(ProductServices.Engagement.EngagementType.BoardOrCouncilSeat, new string('Å', 400), Today);

        Assert.Equal(200, name.Length);
        Assert.StartsWith("Board or council seat: ÅÅÅ", name);
    }
}
