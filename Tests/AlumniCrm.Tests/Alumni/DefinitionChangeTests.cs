using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace AlumniCrm.Tests.Alumni;

/// <summary>The alumni definition changes: statuses are recomputed (async step, or page by page through the API).</summary>
public class DefinitionChangeTests
{
    [Fact]
    public void Widening_the_definition_makes_one_year_students_alumni_and_enrols_them()
    {
        var s = new AlumniScenario();
        var business = s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var oneYear = People.SeedContacts(s.Env, 2, "OneYear");
        s.Import(oneYear.Select(c => People.CompletedQualification(c, s.Org.EconomicsOneYear, "ÅRS-ØK", Choices.DegreeLevel.OneYearProgramme, new DateTime(2021, 6, 1), 60m)));
        Assert.All(oneYear, p => Assert.Equal(Choices.AlumniStatus.FormerStudentWithoutQualifyingResult, s.StatusOf(p)));

        s.Service.Update(new Entity("alm_alumnidefinition", s.Org.DefinitionId) { ["alm_requirescompleteddegree"] = false, ["alm_minimumcredits"] = 1m });

        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.All(oneYear, p =>
        {
            Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(p));
            Assert.Contains("ÅRS-ØK (One-year programme, completed 2021-06-01, 60 credits) meets the definition", s.Contact(p).GetAttributeValue<string>("alm_alumnistatusreason"));
        });
        Assert.Equal(2, s.MembershipsIn(business).Count);
    }

    [Fact]
    public void Narrowing_the_definition_keeps_every_alumnus_an_alumnus_for_life()
    {
        var s = new AlumniScenario();
        var people = People.SeedContacts(s.Env, 3);
        s.ImportEconomicsGraduates(people);

        s.Service.Update(new Entity("alm_alumnidefinition", s.Org.DefinitionId)
        {
            ["alm_includedlevels"] = new OptionSetValueCollection(new List<OptionSetValue> { new(Choices.DegreeLevel.Master) }),
        });

        Assert.All(people, p =>
        {
            Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(p));
            Assert.StartsWith("Alumnus for life: already an alumnus through BØA", s.Contact(p).GetAttributeValue<string>("alm_alumnistatusreason"));
        });
    }

    [Fact]
    public void Editing_a_definition_that_is_not_active_recomputes_nothing()
    {
        var s = new AlumniScenario();
        var draft = new Entity("alm_alumnidefinition") { ["alm_name"] = "Draft", ["alm_isactive"] = false };
        s.Env.Seed(draft);
        var person = People.SeedContacts(s.Env, 1)[0];
        s.ImportEconomicsGraduates(new[] { person });
        s.Env.Requests.Reset();

        s.Service.Update(new Entity("alm_alumnidefinition", draft.Id) { ["alm_requirescompleteddegree"] = false });

        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.Equal(0, s.Env.Requests.Count("RetrieveMultiple"));
    }

    [Fact]
    public void The_recompute_api_pages_through_every_contact_until_more_records_is_false()
    {
        var s = new AlumniScenario();
        s.Env.AsyncExecution = AsyncExecution.Manual;
        var graduates = People.SeedContacts(s.Env, 5, "Graduate");
        foreach (var g in graduates)
            s.Env.Seed(People.CompletedQualification(g, s.Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, new DateTime(2020, 6, 15)));
        var nobody = People.SeedContacts(s.Env, 2, "Nobody");

        var calls = new List<(int Processed, int Changed, bool More)>();
        string? cookie = null;
        do
        {
            var response = s.Call("alm_RecomputeAlumniStatus", ("PageSize", 3), ("PagingCookie", cookie));
            calls.Add(((int)response["Processed"], (int)response["Changed"], (bool)response["MoreRecords"]));
            cookie = (string)response["PagingCookie"];
        } while (calls[^1].More);

        Assert.Equal(new[] { 3, 3, 1 }, calls.Select(c => c.Processed));
        Assert.Equal(7, calls.Sum(c => c.Changed));
        Assert.Equal("", cookie);
        Assert.All(graduates, g => Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(g)));
        Assert.All(nobody, n => Assert.Equal(Choices.AlumniStatus.NotEligible, s.StatusOf(n)));

        var again = s.Call("alm_RecomputeAlumniStatus", ("PageSize", 10));
        Assert.Equal(0, (int)again["Changed"]);
    }
}
