using AlumniCrm.Domain.Privacy;

namespace AlumniCrm.Domain.Tests.Privacy;

public class ErasurePlanTests
{
    private static readonly Guid Person = Guid.NewGuid();
    private static readonly DateTime ErasedOn = new DateTime(2025, 3, 1, 10, 30, 0, DateTimeKind.Utc);

    private static Guid[] Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();

    private static Dictionary<string, IReadOnlyList<Guid>> Found(int qualifications = 2, int memberships = 3, int consents = 4, int engagements = 2, int networks = 1) =>
        new Dictionary<string, IReadOnlyList<Guid>>
        {
            ["contact"] = new[] { Person },
            ["alm_qualification"] = Ids(qualifications),
            ["alm_networkmembership"] = Ids(memberships),
            ["alm_consent"] = Ids(consents),
            ["alm_engagement"] = Ids(engagements),
            ["alm_network"] = Ids(networks),
        };

    private static ErasurePlan Plan(Dictionary<string, IReadOnlyList<Guid>> found, int suppression = 2) =>
        ErasurePlan.Create(new ErasureFindings { PersonId = Person, RowsByTable = found, SuppressionEntries = suppression }, ErasedOn);

    [Fact]
    public void The_plan_covers_every_catalogued_table()
    {
        var plan = Plan(Found());
        Assert.Equal(PersonalDataCatalog.Tables.Select(t => t.LogicalName).OrderBy(n => n),
            plan.Steps.Select(s => s.TableLogicalName).OrderBy(n => n));
        Assert.Equal(PersonalDataCatalog.Tables.Count, plan.CountsByTable.Count);
    }

    [Fact]
    public void Kept_rows_are_unlinked_first_then_the_persons_rows_deleted_and_the_contact_last()
    {
        var plan = Plan(Found());
        Assert.Equal(new[] { "alm_engagement", "alm_network", "alm_qualification", "alm_networkmembership", "alm_consent", "contact" },
            plan.Steps.Select(s => s.TableLogicalName));
        Assert.Equal(Enumerable.Range(1, 6), plan.Steps.Select(s => s.Order));
    }

    [Fact]
    public void Consent_rows_are_deleted_and_engagements_anonymised()
    {
        var found = Found();
        var plan = Plan(found);
        var consent = plan.Steps.Single(s => s.TableLogicalName == "alm_consent");
        Assert.Equal(ErasureAction.DeleteRows, consent.Action);
        Assert.Equal(found["alm_consent"], consent.RowIds);
        Assert.Empty(consent.ColumnsToClear);

        var engagement = plan.Steps.Single(s => s.TableLogicalName == "alm_engagement");
        Assert.Equal(ErasureAction.AnonymiseRows, engagement.Action);
        Assert.Equal(new[] { "alm_contactid", "alm_name", "alm_description" }, engagement.ColumnsToClear);

        var network = plan.Steps.Single(s => s.TableLogicalName == "alm_network");
        Assert.Equal(new[] { "alm_contactpersonid" }, network.ColumnsToClear);

        var contact = plan.Steps[^1];
        Assert.Equal(new[] { Person }, contact.RowIds);
        Assert.Equal(ErasureAction.DeleteRows, contact.Action);
    }

    [Fact]
    public void The_log_summary_holds_counts_per_table_and_no_personal_data()
    {
        var found = Found();
        var plan = Plan(found);
        Assert.Equal(
            "Person erased on 2025-03-01 10:30 UTC.\n"
            + "alm_engagement: 2 rows anonymised (alm_contactid, alm_name, alm_description cleared).\n"
            + "alm_network: 1 row anonymised (alm_contactpersonid cleared).\n"
            + "alm_qualification: 2 rows deleted.\n"
            + "alm_networkmembership: 3 rows deleted.\n"
            + "alm_consent: 4 rows deleted.\n"
            + "contact: 1 row deleted.\n"
            + "Suppression entries written: 2.",
            plan.Summary);
        foreach (var id in found.Values.SelectMany(v => v))
        {
            Assert.DoesNotContain(id.ToString(), plan.Summary, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(id.ToString("N"), plan.Summary, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(plan.Summary.Length <= 4000);
    }

    [Fact]
    public void Tables_without_rows_have_no_step_but_are_counted()
    {
        var plan = Plan(Found(qualifications: 0, memberships: 0, consents: 0, engagements: 0, networks: 0), suppression: 0);
        Assert.Equal("contact", Assert.Single(plan.Steps).TableLogicalName);
        Assert.Equal(0, plan.CountsByTable["alm_consent"]);
        Assert.Contains("alm_consent: 0 rows deleted.", plan.Summary);
        Assert.EndsWith("Suppression entries written: 0.", plan.Summary);
    }

    [Fact]
    public void A_table_the_glue_did_not_search_stops_the_erasure()
    {
        var found = Found();
        found.Remove("alm_engagement");
        var error = Assert.Throws<ArgumentException>(() => Plan(found));
        Assert.Contains("the table alm_engagement was not searched", error.Message);
    }

    [Fact]
    public void A_table_outside_the_catalogue_stops_the_erasure()
    {
        var found = Found();
        found["alm_faculty"] = Ids(1);
        Assert.Contains("alm_faculty is not in the personal data catalogue", Assert.Throws<ArgumentException>(() => Plan(found)).Message);
    }

    [Fact]
    public void The_contact_rows_must_be_exactly_the_person()
    {
        var other = Found();
        other["contact"] = new[] { Guid.NewGuid() };
        var two = Found();
        two["contact"] = new[] { Person, Guid.NewGuid() };
        Assert.Contains("exactly the person", Assert.Throws<ArgumentException>(() => Plan(other)).Message);
        Assert.Contains("exactly the person", Assert.Throws<ArgumentException>(() => Plan(two)).Message);
    }

    [Fact]
    public void Table_names_are_matched_without_regard_to_case_and_duplicate_ids_are_merged()
    {
        var found = Found();
        var consentIds = found["alm_consent"];
        found.Remove("alm_consent");
        found["ALM_CONSENT"] = consentIds.Concat(consentIds).Concat(new[] { Guid.Empty }).ToArray();
        var plan = Plan(found);
        Assert.Equal(consentIds.Count, plan.CountsByTable["alm_consent"]);
    }

    [Fact]
    public void A_missing_person_or_negative_suppression_count_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ErasurePlan.Create(new ErasureFindings { RowsByTable = Found() }, ErasedOn));
        Assert.Throws<ArgumentException>(() => Plan(Found(), suppression: -1));
    }
}
