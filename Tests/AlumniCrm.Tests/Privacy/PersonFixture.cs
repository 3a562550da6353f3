using System.Globalization;
using AlumniCrm.Domain.Consent;
using AlumniCrm.Tests.Consent.Support;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Privacy;

/// <summary>A person with rows in every alumni table that can hold their data, and the ids of those rows.</summary>
public sealed class PersonFixture
{
    public const string StudentNumber = "S-4711";
    public const string PersonNumber = "P-0815";

    public PersonFixture(ConsentWorld world, string first, string last, string studentNumber, string personNumber)
    {
        var env = world.Env;
        Id = world.Person(first, last, new DateTime(2021, 6, 15), first.ToLowerInvariant() + "@example.org", "+47 9" + string.Concat(last.Select(ch => (ch % 10).ToString(CultureInfo.InvariantCulture))), studentNumber, personNumber);
        var faculty = new Entity("alm_faculty") { ["alm_name"] = "Faculty of Economics " + last };
        var programme = new Entity("alm_studyprogramme") { ["alm_name"] = "Bachelor " + last, ["alm_code"] = "BA-" + last };
        env.Seed(faculty, programme);
        var network = new Entity("alm_network") { ["alm_name"] = "Network of " + last, ["alm_contactpersonid"] = new EntityReference("contact", Id) };
        env.Seed(network);
        NetworkId = network.Id;
        var qualification = new Entity("alm_qualification")
        {
            ["alm_name"] = "Bachelor 2021",
            ["alm_contactid"] = new EntityReference("contact", Id),
            ["alm_studyprogrammeid"] = programme.ToEntityReference(),
            ["alm_awardedon"] = new DateTime(2021, 6, 15),
            ["alm_credits"] = 180m,
            ["alm_iscompleted"] = true,
            ["alm_sourcekey"] = "FS:" + studentNumber + ":BA-" + last,
        };
        var membership = new Entity("alm_networkmembership")
        {
            ["alm_name"] = "Membership",
            ["alm_contactid"] = new EntityReference("contact", Id),
            ["alm_networkid"] = network.ToEntityReference(),
            ["alm_membershipstatus"] = new OptionSetValue(842100000),
            ["alm_joinedon"] = new DateTime(2021, 8, 1),
            ["alm_leavecomment"] = "comment by " + first,
        };
        var engagement = new Entity("alm_engagement")
        {
            ["alm_name"] = "Guest lecture by " + first,
            ["alm_contactid"] = new EntityReference("contact", Id),
            ["alm_engagementtype"] = new OptionSetValue(842100000),
            ["alm_date"] = new DateTime(2024, 10, 1),
            ["alm_facultyid"] = faculty.ToEntityReference(),
            ["alm_estimatedvalue"] = new Money(800m),
            ["alm_description"] = first + " talked about shipping",
        };
        env.Seed(qualification, membership, engagement);
        QualificationId = qualification.Id;
        MembershipId = membership.Id;
        EngagementId = engagement.Id;
        FacultyId = faculty.Id;
        ConsentId = world.Service.Create(ConsentWorld.Grant(Id, ConsentPurpose.Newsletter, ContactChannel.Email,
            evidence: "Signed up on the form, " + first + " " + last));
    }

    public Guid Id { get; }
    public Guid NetworkId { get; }
    public Guid QualificationId { get; }
    public Guid MembershipId { get; }
    public Guid EngagementId { get; }
    public Guid ConsentId { get; }
    public Guid FacultyId { get; }
}
