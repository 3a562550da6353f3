extern alias plugins;
using AlumniCrm.LocalDataverse;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ConsentRules = plugins::AlumniCrm.Domain.Consent;
using EnrolmentRules = plugins::AlumniCrm.Domain.Enrolment;
using ProductServices = plugins::AlumniCrm.Plugins.Services;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// The worked examples of docs/workflow-activities.md, step by step through the services the
/// activities call (System.Activities cannot run here; each activity only maps its arguments to
/// these calls, which the metadata tests keep true).
/// </summary>
public class BuildingBlockScenarioTests
{
    private static readonly DateTime Registered = new(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    private sealed record University(InMemoryDataverseEnvironment Env, SeededOrganisation Org, IOrganizationService System,
        Guid Graduate, Guid AlumniNetwork, Guid BusinessNetwork);

    /// <summary>A graduate who just registered (contact and FS result in place, nothing decided yet) and two automatic networks.</summary>
    private static University WithRegisteredGraduate()
    {
        var env = ProductEnvironment.Create();
        var org = SeededOrganisation.Seed(env);
        var contact = new Entity("contact") { ["firstname"] = "Kari", ["lastname"] = "Nordmann", ["emailaddress1"] = "kari@example.org" };
        env.Seed(contact);
        env.Seed(People.CompletedQualification(contact.Id, org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, new DateTime(2024, 6, 14)));
        var alumni = org.SeedNetwork("USN Alumni");
        var business = org.SeedNetwork("Handelshøyskolen alumni", org.Business, ruleFaculty: org.Business);
        return new University(env, org, env.CreateService(env.Users.SystemUserId), contact.Id, alumni, business);
    }

    [Fact]
    public void Welcome_a_graduate_enrol_then_send_the_newsletter_only_with_consent()
    {
        var u = WithRegisteredGraduate();

        // Step 1 "Enrol in eligible networks".
        var enrolled = new ProductServices.Enrolment.EnrolmentService(u.System).EnrolPerson(u.Graduate, Registered);
        Assert.Equal(2, enrolled.Plan.Enrolments.Count);
        Assert.Equal(new[] { u.AlumniNetwork, u.BusinessNetwork }.Order(), ActiveNetworksOf(u).Order());

        // Step 2 "Check contactability": newsletter by e-mail is marketing and needs consent …
        var newsletter = ProductServices.Consent.ContactabilityQuestion.Ask(u.System, u.Graduate, ConsentRules.ConsentPurpose.Newsletter, ConsentRules.ContactChannel.Email, Registered);
        Assert.False(newsletter.Allowed);
        Assert.Null(newsletter.LawfulBasis);
        Assert.StartsWith("Not allowed: there is no consent to", newsletter.Reason);   // the text the guide quotes
        // … while the network's own news may go out on legitimate interest after graduation.
        var network = ProductServices.Consent.ContactabilityQuestion.Ask(u.System, u.Graduate, ConsentRules.ConsentPurpose.NetworkCommunications, ConsentRules.ContactChannel.Email, Registered);
        Assert.True(network.Allowed);
        Assert.Equal(ConsentRules.LawfulBasis.LegitimateInterest, network.LawfulBasis);

        // Once the graduate ticks the newsletter box on the registration form, the condition holds.
        u.Env.Seed(new Entity("alm_consent")
        {
            ["alm_name"] = "Newsletter by e-mail",
            ["alm_contactid"] = new EntityReference("contact", u.Graduate),
            ["alm_purpose"] = new OptionSetValue((int)ConsentRules.ConsentPurpose.Newsletter),
            ["alm_channel"] = new OptionSetValue((int)ConsentRules.ContactChannel.Email),
            ["alm_consentstatus"] = new OptionSetValue((int)ConsentRules.ConsentStatus.Granted),
            ["alm_lawfulbasis"] = new OptionSetValue((int)ConsentRules.LawfulBasis.Consent),
            ["alm_validfrom"] = Registered,
            ["alm_source"] = new OptionSetValue((int)ConsentRules.ConsentSource.SelfServiceForm),
            ["alm_statementversion"] = "registration-2025",
            ["alm_recordedon"] = Registered,
        });
        var consented = ProductServices.Consent.ContactabilityQuestion.Ask(u.System, u.Graduate, ConsentRules.ConsentPurpose.Newsletter, ConsentRules.ContactChannel.Email, Registered.AddMinutes(1));
        Assert.True(consented.Allowed);
        Assert.Equal(ConsentRules.LawfulBasis.Consent, consented.LawfulBasis);
    }

    [Fact]
    public void Leaving_a_network_is_respected_by_enrolment_and_undone_only_by_joining()
    {
        var u = WithRegisteredGraduate();
        var enrolment = new ProductServices.Enrolment.EnrolmentService(u.System);
        enrolment.EnrolPerson(u.Graduate, Registered);
        var memberships = new ProductServices.Enrolment.MembershipService(u.Env.CreateService());

        // "Leave network" with the member's own choice.
        var left = memberships.Leave(u.Graduate, u.BusinessNetwork, EnrolmentRules.LeaveReason.OwnChoice, Registered.AddDays(30), "Moved abroad");
        Assert.True(left.Changed);
        var row = MembershipOf(u, u.BusinessNetwork);
        Assert.Equal(Choices.MembershipStatus.Left, row.GetAttributeValue<OptionSetValue>("alm_membershipstatus").Value);
        Assert.Equal(Choices.LeaveReason.OwnChoice, row.GetAttributeValue<OptionSetValue>("alm_leavereason").Value);

        // A later "Enrol in eligible networks" (e.g. a new qualification) does not put them back.
        var again = enrolment.EnrolPerson(u.Graduate, Registered.AddDays(60));
        Assert.Empty(again.Plan.Enrolments);
        Assert.Equal(new[] { u.AlumniNetwork }, ActiveNetworksOf(u));

        // "Join network" is the person's explicit act: the same membership becomes active again.
        var joined = memberships.Join(u.Graduate, u.BusinessNetwork, EnrolmentRules.MembershipSource.SelfRegistered, Registered.AddDays(90));
        Assert.True(joined.Changed);
        Assert.Equal(left.MembershipId, joined.MembershipId);
        Assert.Equal(new[] { u.AlumniNetwork, u.BusinessNetwork }.Order(), ActiveNetworksOf(u).Order());
    }

    private static Entity MembershipOf(University u, Guid networkId) =>
        u.Env.Store.All("alm_networkmembership").Single(m =>
            m.GetAttributeValue<EntityReference>("alm_contactid").Id == u.Graduate && m.GetAttributeValue<EntityReference>("alm_networkid").Id == networkId);

    private static IReadOnlyList<Guid> ActiveNetworksOf(University u)
    {
        var query = new QueryExpression("alm_networkmembership") { ColumnSet = new ColumnSet("alm_networkid") };
        query.Criteria.AddCondition("alm_contactid", ConditionOperator.Equal, u.Graduate);
        query.Criteria.AddCondition("alm_membershipstatus", ConditionOperator.Equal, Choices.MembershipStatus.Active);
        return u.System.RetrieveMultiple(query).Entities.Select(m => m.GetAttributeValue<EntityReference>("alm_networkid").Id).ToList();
    }
}
