extern alias plugins;
using AlumniCrm.LocalDataverse;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using ConsentRules = plugins::AlumniCrm.Domain.Consent;
using ProductServices = plugins::AlumniCrm.Plugins.Services;

namespace AlumniCrm.Tests.WorkflowActivities;

/// <summary>
/// The service behind "Alumni entitlements": the status the plugins decide, and windows that agree
/// with the contactability answer.
/// </summary>
public class EntitlementsServiceTests
{
    private static readonly DateTime Graduated = new(2021, 6, 15);

    private sealed record Graduate(InMemoryDataverseEnvironment Env, SeededOrganisation Org, IOrganizationService Service, Guid ContactId);

    /// <summary>A person with an e-mail address whose completed bachelor is registered through the pipeline, as the importer does.</summary>
    private static Graduate RegisteredGraduate()
    {
        var env = ProductEnvironment.Create();
        var org = SeededOrganisation.Seed(env);
        var contact = new Entity("contact") { ["firstname"] = "Kari", ["lastname"] = "Nordmann", ["emailaddress1"] = "kari@example.org" };
        env.Seed(contact);
        var service = env.CreateService();
        service.Create(People.CompletedQualification(contact.Id, org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, Graduated));
        return new Graduate(env, org, service, contact.Id);
    }

    [Fact]
    public void The_status_is_the_one_the_plugins_stored_on_the_contact()
    {
        var graduate = RegisteredGraduate();
        var stored = graduate.Env.Store.Get("contact", graduate.ContactId)!;

        var answer = ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, new DateTime(2022, 1, 10));

        Assert.Equal(Choices.AlumniStatus.Alumnus, stored.GetAttributeValue<OptionSetValue>("alm_alumnistatus").Value);
        Assert.Equal(stored.GetAttributeValue<OptionSetValue>("alm_alumnistatus").Value, (int)answer.Status.Status);
        Assert.Equal(stored.GetAttributeValue<string>("alm_alumnistatusreason"), answer.Status.Reason);
        Assert.Equal(stored.GetAttributeValue<DateTime?>("alm_latestgraduationdate")?.Date, answer.Entitlements.LatestGraduationDate);
    }

    [Fact]
    public void Windows_run_from_the_latest_graduation_for_the_years_of_the_active_definition()
    {
        var graduate = RegisteredGraduate();

        var soon = ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, Graduated.AddMonths(7)).Entitlements;
        Assert.Equal(0, soon.YearsSinceGraduation);
        Assert.True(soon.IsCareerServicesEligible);
        Assert.Equal(Graduated.AddYears(2), soon.CareerServicesEligibleUntil);   // seeded definition: 2 years
        Assert.True(soon.IsWithinLegitimateInterest);
        Assert.Equal(Graduated.AddYears(5), soon.LegitimateInterestUntil);       // seeded definition: 5 years

        // The windows are half-open: the anniversary day itself is outside.
        var careerOver = ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, Graduated.AddYears(2)).Entitlements;
        Assert.Equal(2, careerOver.YearsSinceGraduation);
        Assert.False(careerOver.IsCareerServicesEligible);
        Assert.True(careerOver.IsWithinLegitimateInterest);

        var allOver = ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, Graduated.AddYears(5)).Entitlements;
        Assert.Equal(5, allOver.YearsSinceGraduation);
        Assert.False(allOver.IsCareerServicesEligible);
        Assert.False(allOver.IsWithinLegitimateInterest);
    }

    [Fact]
    public void A_changed_definition_changes_the_windows()
    {
        var graduate = RegisteredGraduate();
        graduate.Service.Update(new Entity("alm_alumnidefinition", graduate.Org.DefinitionId)
        {
            ["alm_legitimateinterestyears"] = 3,
            ["alm_careerservicesyears"] = 1,
        });

        var entitlements = ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, Graduated.AddMonths(7)).Entitlements;

        Assert.Equal(Graduated.AddYears(1), entitlements.CareerServicesEligibleUntil);
        Assert.Equal(Graduated.AddYears(3), entitlements.LegitimateInterestUntil);
    }

    [Fact]
    public void Legitimate_interest_ends_when_the_contactability_check_says_it_does()
    {
        var graduate = RegisteredGraduate();
        var asOf = Graduated.AddYears(1);

        var entitlements = ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, asOf).Entitlements;
        var events = ProductServices.Consent.ContactabilityQuestion.Ask(graduate.Service, graduate.ContactId,
            ConsentRules.ConsentPurpose.Events, ConsentRules.ContactChannel.Email, asOf);
        var career = ProductServices.Consent.ContactabilityQuestion.Ask(graduate.Service, graduate.ContactId,
            ConsentRules.ConsentPurpose.CareerServices, ConsentRules.ContactChannel.Email, asOf);

        Assert.Equal(ConsentRules.LawfulBasis.LegitimateInterest, events.LawfulBasis);
        Assert.Equal(events.ValidUntil, entitlements.LegitimateInterestUntil);
        Assert.True(career.Allowed);
        Assert.Equal(career.ValidUntil, entitlements.CareerServicesEligibleUntil);
    }

    [Fact]
    public void A_person_who_never_graduated_has_a_status_and_no_entitlements()
    {
        var env = ProductEnvironment.Create();
        var org = SeededOrganisation.Seed(env);
        var contactId = People.SeedContacts(env, 1)[0];
        var service = env.CreateService();
        service.Create(People.UnfinishedQualification(contactId, org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor));

        var answer = ProductServices.Entitlements.EntitlementsQuestion.Ask(service, contactId, new DateTime(2025, 1, 15));

        Assert.Equal(Choices.AlumniStatus.FormerStudentWithoutQualifyingResult, (int)answer.Status.Status);
        Assert.Contains("BØA", answer.Status.Reason);
        Assert.Null(answer.Entitlements.LatestGraduationDate);
        Assert.Null(answer.Entitlements.YearsSinceGraduation);
        Assert.Null(answer.Entitlements.CareerServicesEligibleUntil);
        Assert.Null(answer.Entitlements.LegitimateInterestUntil);
        Assert.False(answer.Entitlements.IsCareerServicesEligible);
        Assert.False(answer.Entitlements.IsWithinLegitimateInterest);
    }

    [Fact]
    public void Asking_writes_nothing_and_takes_three_queries()
    {
        var graduate = RegisteredGraduate();
        graduate.Env.Requests.Reset();

        ProductServices.Entitlements.EntitlementsQuestion.Ask(graduate.Service, graduate.ContactId, new DateTime(2025, 1, 15));

        Assert.Equal(3, graduate.Env.Requests.Count("RetrieveMultiple"));   // contact, its qualifications, the definition
        Assert.Equal(3, graduate.Env.Requests.Total);
    }

    [Fact]
    public void An_unknown_person_is_refused_in_words()
    {
        var env = ProductEnvironment.Create();
        SeededOrganisation.Seed(env);
        var missing = Guid.NewGuid();

        var refused = Assert.Throws<ProductServices.RuleViolationException>(() =>
            ProductServices.Entitlements.EntitlementsQuestion.Ask(env.CreateService(), missing, new DateTime(2025, 1, 15)));

        Assert.Contains(missing.ToString("D"), refused.Message);
    }
}
