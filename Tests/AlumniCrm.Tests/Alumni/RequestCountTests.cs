using AlumniCrm.LocalDataverse;
using AlumniCrm.LocalDataverse.Diagnostics;
using AlumniCrm.Tests.Infrastructure;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Xunit.Abstractions;

namespace AlumniCrm.Tests.Alumni;

/// <summary>
/// What an import batch costs in requests: the synchronous part (inside the importer's request) must
/// not grow with the batch; sharing runs afterwards in a system job. Figures: docs/performance.md.
/// </summary>
public class RequestCountTests
{
    private readonly ITestOutputHelper _output;

    public RequestCountTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void A_batch_of_1000_qualifications_costs_the_same_requests_as_a_batch_of_10()
    {
        var small = MeasureImport(10);
        var large = MeasureImport(1000);

        Assert.Equal(small.Sync, large.Sync);
        // definition, contacts, qualifications, networks, memberships + the ownership step's network query
        Assert.Equal(5 + 1, large.Sync.RetrieveMultiple);
        Assert.Equal(1, large.Sync.UpdateMultiple);     // the contacts' status columns
        Assert.Equal(2, large.Sync.CreateMultiple);     // the qualifications themselves + the memberships
        Assert.Equal(9, large.Sync.Total);
        Assert.Equal(1000, large.Memberships);
        Assert.Equal(1000, large.Async.GrantAccess);    // one share per person and faculty team
        Assert.Equal(2, large.Async.RetrieveMultiple);
    }

    [Fact]
    public void Memberships_are_written_1000_per_CreateMultiple()
    {
        // 1,000 graduates entering two networks each: 2,000 memberships in two CreateMultiple requests,
        // each followed by the ownership step's query; the reads before stay the same.
        var twoNetworks = MeasureImport(1000, institutionNetwork: true);

        Assert.Equal(2000, twoNetworks.Memberships);
        Assert.Equal(1 + 2, twoNetworks.Sync.CreateMultiple);
        Assert.Equal(5 + 2, twoNetworks.Sync.RetrieveMultiple);
        Assert.Equal(2, twoNetworks.Async.RetrieveMultiple / 2); // the sharing job runs once per membership request
        Assert.Equal(1, twoNetworks.Sync.UpdateMultiple);
    }

    [Fact]
    public void UpsertMultiple_runs_the_qualification_step_once_per_row_with_the_same_result()
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        var people = People.SeedContacts(s.Env, 20);
        s.Env.AsyncExecution = AsyncExecution.Manual;
        s.Env.Requests.Reset();

        s.Service.Execute(new UpsertMultipleRequest
        {
            Targets = People.Batch(people.Select(p => ByKey(People.CompletedQualification(p, s.Org.EconomicsBachelor, "BØA", Choices.DegreeLevel.Bachelor, new DateTime(2020, 6, 15)))), "alm_qualification"),
        });

        Assert.All(people, p => Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(p)));
        Assert.Equal(20, s.Memberships().Count);
        var perRow = 5 + 1; // the step's queries + the ownership step's query, for each row
        Assert.Equal(20 * perRow, s.Env.Requests.Count("RetrieveMultiple"));
        _output.WriteLine($"UpsertMultiple of 20: {Describe(Counts.Of(s.Env))}");
    }

    /// <summary>As the importer upserts: by the alternate key alm_sourcekey.</summary>
    private static Entity ByKey(Entity qualification)
    {
        qualification.KeyAttributes["alm_sourcekey"] = qualification["alm_sourcekey"];
        return qualification;
    }

    private Measurement MeasureImport(int size, bool institutionNetwork = false)
    {
        var s = new AlumniScenario();
        s.Org.SeedNetwork("Handelshøyskolen alumni", s.Org.Business, ruleFaculty: s.Org.Business);
        if (institutionNetwork) s.Org.SeedNetwork("USN alumni");
        var people = People.SeedContacts(s.Env, size);
        s.Env.AsyncExecution = AsyncExecution.Manual;
        s.Env.Requests.Reset();

        s.ImportEconomicsGraduates(people);
        var sync = Counts.Of(s.Env);
        s.Env.Requests.Reset();
        s.Env.RunPendingAsync();
        var async = Counts.Of(s.Env);

        Assert.Empty(s.Env.AsyncJobs.Failed);
        Assert.All(people.Take(3), p => Assert.Equal(Choices.AlumniStatus.Alumnus, s.StatusOf(p)));
        _output.WriteLine($"{size} qualifications, {(institutionNetwork ? 2 : 1)} network(s): sync {Describe(sync)}; async {Describe(async)}");
        return new Measurement(sync, async, s.Memberships().Count);
    }

    private static string Describe(Counts c) =>
        $"total {c.Total} (RetrieveMultiple {c.RetrieveMultiple}, CreateMultiple {c.CreateMultiple}, UpdateMultiple {c.UpdateMultiple}, GrantAccess {c.GrantAccess})";

    private sealed record Measurement(Counts Sync, Counts Async, int Memberships);

    private sealed record Counts(int Total, int RetrieveMultiple, int CreateMultiple, int UpdateMultiple, int GrantAccess)
    {
        public static Counts Of(InMemoryDataverseEnvironment env) => new(env.Requests.Total, env.Requests.Count("RetrieveMultiple"),
            env.Requests.Count("CreateMultiple"), env.Requests.Count("UpdateMultiple"), env.Requests.Count("GrantAccess"));
    }
}
